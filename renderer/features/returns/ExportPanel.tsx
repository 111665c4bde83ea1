import { useState } from 'react';
import { exportFormats, type ExportFormat } from '../../../shared/returns';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { saveDownload } from '../directory/queries';
import { useSettings } from '../settings/queries';
import { useCaseStudies, useExportReturn, useTemplates, type PeriodChoice } from './queries';

const mediaTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

/** Writes the return into the built-in layout or the authority's own template, as a file to send. */
export function ExportPanel({ period }: { period: PeriodChoice }) {
  const templates = useTemplates();
  const threshold = useSettings().data?.smallNumberThreshold ?? 5;
  const exporter = useExportReturn();
  const [templateId, setTemplateId] = useState('default');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [suppress, setSuppress] = useState(true);
  const [done, setDone] = useState('');
  const studies = useCaseStudies();
  const [chosenStudies, setChosenStudies] = useState<string[]>([]);
  const template = templates.data?.find((one) => one.id === templateId);
  const formats = (Object.keys(exportFormats) as ExportFormat[]).filter(
    (key) => !template || key === template.format || key === 'json',
  );

  const run = async () => {
    setDone('');
    const chosenFormat = formats.includes(format) ? format : formats[0]!;
    const file = await exporter.mutateAsync({
      ...period,
      templateId,
      format: chosenFormat,
      suppressSmallNumbers: suppress,
      caseStudyIds: chosenStudies,
    });
    saveDownload(file.fileName, file.dataBase64, mediaTypes[chosenFormat]);
    setDone(`Saved ${file.fileName}.`);
  };

  return (
    <section className="card" aria-labelledby="returns-export">
      <h2 id="returns-export">Export the return</h2>
      <SelectField
        name="template"
        label="Layout"
        options={[
          { value: 'default', label: 'Linkbook’s built-in return' },
          ...(templates.data ?? []).map((one) => ({ value: one.id, label: `${one.name} (${one.fileName})` })),
        ]}
        value={templateId}
        onChange={(event) => setTemplateId(event.target.value)}
      />
      <RadioGroupField
        name="format"
        legend="Kind of file"
        options={formats.map((key) => ({ value: key, label: exportFormats[key] }))}
        value={formats.includes(format) ? format : formats[0]!}
        onChange={(value) => setFormat(value as ExportFormat)}
      />
      <CheckboxField
        name="suppress"
        label={`Hide small numbers: write counts from 1 to ${threshold - 1} as “<${threshold}”`}
        hint="Leave this on for anything that leaves the school. Turn it off only for a report kept inside school."
        checked={suppress}
        onChange={(event) => setSuppress(event.target.checked)}
      />
      {(studies.data ?? []).length > 0 && (
        <fieldset className="returns-studies">
          <legend>Case studies to include</legend>
          {studies.data!.map((study) => (
            <CheckboxField
              key={study.id}
              name={`study-${study.id}`}
              label={study.title}
              checked={chosenStudies.includes(study.id)}
              onChange={(event) =>
                setChosenStudies(
                  event.target.checked
                    ? [...chosenStudies, study.id]
                    : chosenStudies.filter((id) => id !== study.id),
                )
              }
            />
          ))}
        </fieldset>
      )}
      {exporter.isError && (
        <p className="field-error" role="alert">
          {exporter.error.message}
        </p>
      )}
      <div className="form-actions">
        <Button variant="primary" onClick={() => void run().catch(() => {})} disabled={exporter.isPending}>
          {exporter.isPending ? 'Exporting…' : 'Export'}
        </Button>
        <p role="status" className="form-saved">
          {done}
        </p>
      </div>
    </section>
  );
}
