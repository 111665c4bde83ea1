import { useState } from 'react';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { FieldError, FieldHint } from '../../ui/FieldMessages';
import { TextField } from '../../ui/TextField';
import { readAsBase64 } from '../../ui/readAsBase64';
import { useAddTemplate } from './queries';

/** Adds the authority's own XLSX or DOCX once; Linkbook checks every tag in it before keeping it. */
export function AddTemplateForm() {
  const add = useAddTemplate();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [problems, setProblems] = useState<{ name?: string; file?: string }>({});
  const [added, setAdded] = useState('');

  const submit = async () => {
    setAdded('');
    const missing = {
      ...(name.trim() ? {} : { name: 'Enter a name for the template.' }),
      ...(file ? {} : { file: 'Choose the template file.' }),
    };
    setProblems(missing);
    if (!file || !name.trim()) return;
    try {
      const template = await add.mutateAsync({
        name,
        fileName: file.name,
        dataBase64: await readAsBase64(file),
      });
      setAdded(`Added ${template.name}, with ${template.tags.length} tags.`);
      setName('');
      setFile(null);
      setInputKey((key) => key + 1);
    } catch (error) {
      const message = error instanceof ApiCallError ? error.message : String(error);
      setProblems(
        error instanceof ApiCallError && error.error.fields?.name
          ? { name: error.error.fields.name }
          : { file: message },
      );
    }
  };

  return (
    <section className="card" aria-labelledby="returns-add-template">
      <h2 id="returns-add-template">Add the authority’s template</h2>
      <p>
        Write tags such as <code>{'{families_new}'}</code> where each figure goes, and a loop such as{' '}
        <code>{'{#referrals_by_source}{source} {count}{/referrals_by_source}'}</code> for a table. An Excel
        file you cannot change can instead have its cells given figures below.
      </p>
      <TextField
        label="Name"
        name="templateName"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problems.name}
      />
      <div className="field">
        <label htmlFor="template-file">Template file</label>
        <FieldHint id="template-file-hint">A Word (.docx) or Excel (.xlsx) file, up to 5 MB.</FieldHint>
        <input
          key={inputKey}
          id="template-file"
          type="file"
          className="file-input"
          accept=".docx,.xlsx"
          aria-invalid={problems.file ? true : undefined}
          aria-describedby={problems.file ? 'template-file-hint template-file-error' : 'template-file-hint'}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <FieldError id="template-file-error" message={problems.file} />
      </div>
      <div className="form-actions">
        <Button variant="primary" onClick={() => void submit()} disabled={add.isPending}>
          {add.isPending ? 'Checking…' : 'Add template'}
        </Button>
        <p role="status" className="form-saved">
          {added}
        </p>
      </div>
    </section>
  );
}
