import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ImportSheetView } from '../../../shared/imports';
import { PageHeading } from '../PageHeading';
import { ChooseFile, type Upload } from './ChooseFile';
import { SheetStep } from './SheetStep';
import './import.css';

/** The sheet and heading row the worker chose; absent on the first look, when both are guessed. */
export interface SheetChoice {
  sheet?: string;
  headerRow?: number;
}

/** What each import brings to the shared steps: how to read its file, and its own map, check and report. */
export interface ImportWizardProps<Preview, Result> {
  title: string;
  back: { to: string; label: string };
  /** Said above the file field: what the file is and what happens next. */
  intro: ReactNode;
  maxBytes: number;
  read: (upload: Upload, choice: SheetChoice) => Promise<Preview>;
  sheetView: (preview: Preview) => ImportSheetView<string>;
  /** A layout imported before, ready to check: the worker goes straight there. */
  ready: (preview: Preview) => boolean;
  mapTitle: string;
  map: (step: {
    upload: Upload;
    preview: Preview;
    onBack: () => void;
    onNext: (preview: Preview) => void;
  }) => ReactNode;
  check: (step: {
    upload: Upload;
    preview: Preview;
    remembered: boolean;
    onBack: () => void;
    onDone: (result: Result) => void;
  }) => ReactNode;
  report: (step: { result: Result; onAgain: () => void }) => ReactNode;
}

type Step<Preview, Result> =
  | { name: 'choose' }
  | { name: 'sheet'; upload: Upload; preview: Preview }
  | { name: 'map'; upload: Upload; preview: Preview }
  | { name: 'check'; upload: Upload; preview: Preview; remembered: boolean }
  | { name: 'done'; result: Result };

/**
 * Every spreadsheet import, one step at a time: choose the file, the sheet and heading row, the columns,
 * check, import, report. The file is only read until the worker confirms. Each new step is announced by
 * moving the focus to its heading (not on first arrival).
 */
export function ImportWizard<Preview, Result>(props: ImportWizardProps<Preview, Result>) {
  const { read, sheetView } = props;
  const [step, setStep] = useState<Step<Preview, Result>>({ name: 'choose' });
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step.name]);

  const titles: Record<Step<Preview, Result>['name'], string> = {
    choose: 'Step 1 of 4: choose the spreadsheet',
    sheet: 'Step 2 of 4: choose the sheet and the heading row',
    map: `Step 3 of 4: ${props.mapTitle}`,
    check: 'Step 4 of 4: check and import',
    done: 'Import finished',
  };
  const toMap = (upload: Upload, preview: Preview) => setStep({ name: 'map', upload, preview });

  return (
    <div className="page import-page">
      <p>
        <Link to={props.back.to}>{props.back.label}</Link>
      </p>
      <PageHeading>{props.title}</PageHeading>
      <h2 ref={heading} tabIndex={-1} className="import-step">
        {titles[step.name]}
      </h2>
      {step.name === 'choose' && (
        <ChooseFile
          intro={props.intro}
          maxBytes={props.maxBytes}
          read={(upload) => read(upload, {})}
          onRead={(upload, preview) =>
            setStep(
              props.ready(preview)
                ? { name: 'check', upload, preview, remembered: true }
                : { name: 'sheet', upload, preview },
            )
          }
        />
      )}
      {step.name === 'sheet' && (
        <SheetStep
          key={sheetView(step.preview).layout.sheet}
          view={sheetView(step.preview)}
          onSheet={async (sheet) => setStep({ ...step, preview: await read(step.upload, { sheet }) })}
          onNext={async (sheet, headerRow) =>
            toMap(step.upload, await read(step.upload, { sheet, headerRow }))
          }
          onBack={() => setStep({ name: 'choose' })}
        />
      )}
      {step.name === 'map' &&
        props.map({
          upload: step.upload,
          preview: step.preview,
          onBack: () => setStep({ name: 'sheet', upload: step.upload, preview: step.preview }),
          onNext: (preview) => setStep({ name: 'check', upload: step.upload, preview, remembered: false }),
        })}
      {step.name === 'check' &&
        props.check({
          upload: step.upload,
          preview: step.preview,
          remembered: step.remembered,
          onBack: () => toMap(step.upload, step.preview),
          onDone: (result) => setStep({ name: 'done', result }),
        })}
      {step.name === 'done' &&
        props.report({ result: step.result, onAgain: () => setStep({ name: 'choose' }) })}
    </div>
  );
}
