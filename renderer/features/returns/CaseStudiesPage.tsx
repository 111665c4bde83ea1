import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseStudy } from '../../../shared/returns';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { FamilyPicker } from '../casework/contacts/FamilyPicker';
import { useCaseStudies, useRemoveCaseStudy, useSaveCaseStudy } from './queries';
import './returns.css';

const blank = { id: undefined as string | undefined, familyId: '', title: '', text: '' };

/** /returns/case-studies: short stories of a family's support, anonymised as they are saved. */
export function CaseStudiesPage() {
  const studies = useCaseStudies();
  const save = useSaveCaseStudy();
  const remove = useRemoveCaseStudy();
  const [form, setForm] = useState(blank);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<CaseStudy | null>(null);
  const [removing, setRemoving] = useState<CaseStudy | null>(null);

  const submit = async () => {
    setSaved(null);
    try {
      const { id, ...fields } = form;
      const study = await save.mutateAsync({ ...fields, ...(id ? { id } : {}) });
      setProblems({});
      setSaved(study);
      setForm(blank);
    } catch (error) {
      const fields = error instanceof ApiCallError ? (error.error.fields ?? {}) : {};
      setProblems(Object.keys(fields).length ? fields : { form: String((error as Error).message) });
    }
  };

  return (
    <div className="page">
      <p>
        <Link to="/returns">Back to Returns</Link>
      </p>
      <PageHeading>Case studies</PageHeading>
      <section className="card" aria-labelledby="case-study-form">
        <h2 id="case-study-form">{form.id ? 'Edit the case study' : 'Write a case study'}</h2>
        <p>
          Write it as it happened. When you save, Linkbook replaces the family’s children, carers and
          professionals with “Child A”, “Parent 1” and their roles, tells dates relative to each other (“three
          weeks later”), and removes dates of birth, the address, phone numbers, emails and pupil numbers.
          Only that version is kept. Check it: Linkbook cannot know the names of people who are not on the
          family’s record.
        </p>
        <FamilyPicker
          name="familyId"
          value={form.familyId}
          onChange={(familyId) => setForm({ ...form, familyId })}
          onBlur={() => {}}
          error={problems.familyId}
        />
        <TextField
          name="title"
          label="Title"
          value={form.title}
          onChange={(event) => setForm({ ...form, title: event.target.value })}
          error={problems.title}
        />
        <TextAreaField
          name="text"
          label="The story"
          rows={8}
          value={form.text}
          onChange={(event) => setForm({ ...form, text: event.target.value })}
          error={problems.text}
        />
        {problems.form && (
          <p className="field-error" role="alert">
            {problems.form}
          </p>
        )}
        <div className="form-actions">
          <Button variant="primary" onClick={() => void submit()} disabled={save.isPending}>
            Anonymise and save
          </Button>
          {form.id && <Button onClick={() => setForm(blank)}>Cancel editing</Button>}
          <p role="status" className="form-saved">
            {saved ? `Saved “${saved.title}”, anonymised.` : ''}
          </p>
        </div>
      </section>
      <section className="card" aria-labelledby="case-study-list">
        <h2 id="case-study-list">Saved case studies</h2>
        {studies.isError ? (
          <LoadProblem what="the case studies" error={studies.error} onRetry={() => void studies.refetch()} />
        ) : !studies.data ? (
          <p>Loading…</p>
        ) : studies.data.length === 0 ? (
          <p className="empty">No case studies yet. Write the first one above.</p>
        ) : (
          studies.data.map((study) => (
            <article key={study.id} className="returns-case-study" aria-labelledby={`study-${study.id}`}>
              <h3 id={`study-${study.id}`}>{study.title}</h3>
              <p className="muted">About the {study.familyName} (this name is never exported).</p>
              <p className="returns-case-study-text">{study.text}</p>
              <div className="form-actions">
                <Button
                  onClick={() =>
                    setForm({ id: study.id, familyId: study.familyId, title: study.title, text: study.text })
                  }
                >
                  Edit {study.title}
                </Button>
                <Button onClick={() => setRemoving(study)}>Remove {study.title}</Button>
              </div>
            </article>
          ))
        )}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove “${removing?.title ?? ''}”?`}
        description="The case study is deleted. Returns already exported keep their copy."
        confirmLabel="Remove the case study"
        onConfirm={() => {
          if (removing) remove.mutate(removing.id);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
