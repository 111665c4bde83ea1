import { useState } from 'react';
import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import { templateFormats } from '../../../shared/returns';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { AddTemplateForm } from './AddTemplateForm';
import { MappingEditor } from './MappingEditor';
import { useFigures, useRemoveTemplate, useTemplates } from './queries';
import { TagList } from './TagList';
import { usePeriod } from './usePeriod';
import './returns.css';

/** /returns/templates: the authority's templates, cells mapped on screen, and the list of tags. */
export function TemplatesPage() {
  const [period, , query] = usePeriod();
  const figures = useFigures(period);
  const templates = useTemplates();
  const remove = useRemoveTemplate();
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  return (
    <div className="page">
      <p>
        <Link to={`/returns${query ? `?${query}` : ''}`}>Back to Returns</Link>
      </p>
      <PageHeading>Authority templates and tags</PageHeading>
      <AddTemplateForm />
      <section className="card" aria-labelledby="returns-templates">
        <h2 id="returns-templates">Templates</h2>
        {templates.isError ? (
          <LoadProblem
            what="the templates"
            error={templates.error}
            onRetry={() => void templates.refetch()}
          />
        ) : !templates.data ? (
          <p>Loading…</p>
        ) : templates.data.length === 0 ? (
          <p className="empty">No templates yet. The built-in return works without one.</p>
        ) : (
          templates.data.map((template) => (
            <article
              key={template.id}
              className="returns-template"
              aria-labelledby={`template-${template.id}`}
            >
              <h3 id={`template-${template.id}`}>{template.name}</h3>
              <p className="muted">
                {template.fileName}, {templateFormats[template.format]}, added{' '}
                {isoToDisplay(template.addedAt.slice(0, 10))}.{' '}
                {template.tags.length
                  ? `Tags: ${template.tags.map((tag) => `{${tag}}`).join(', ')}.`
                  : 'No tags in the file.'}
              </p>
              {template.format === 'xlsx' && <MappingEditor template={template} />}
              <Button onClick={() => setRemoving({ id: template.id, name: template.name })}>
                Remove {template.name}
              </Button>
            </article>
          ))
        )}
      </section>
      {period ? null : (
        <p className="muted">
          Choose a period on <Link to="/returns">Returns</Link> to see each tag’s value.
        </p>
      )}
      <TagList figures={figures.data} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this template'}?`}
        description="The file and its cells are taken out of Linkbook. Returns already exported are not changed."
        confirmLabel="Remove the template"
        onConfirm={() => {
          if (removing) remove.mutate(removing.id);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
