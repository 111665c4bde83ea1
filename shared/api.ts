import { z } from 'zod';
import { method } from './method';
import type { ApiResult } from './errors';
import {
  familyFields,
  familyIdInput,
  listFamiliesInput,
  updateFamilyInput,
  type Family,
  type FamilyPage,
} from './families';
import { setLogoInput, updateSettingsInput, type SchoolLogo, type Settings } from './settings';
import { listAuditInput, type AuditPage } from './audit';
import { assessmentInput, byChild, type Assessment, type WellbeingChange } from './wellbeing';
import {
  actionDoneInput,
  byPlan,
  byVersion,
  createPlanInput,
  reviewPlanInput,
  saveDraftInput,
  type Plan,
  type PlanSummary,
} from './plans';
import {
  addAttachmentInput,
  addendumInput,
  byFamily,
  byId,
  chronologyInput,
  concernInput,
  contactFields,
  createReferralInput,
  decideReferralInput,
  openCaseInput,
  professionalInput,
  searchInput,
  setCaseStatusInput,
  updateContactInput,
  type AttachmentInfo,
  type Case,
  type ChronologyEntry,
  type Concern,
  type Contact,
  type Dashboard,
  type Professional,
  type Referral,
  type SearchHit,
} from './casework';
import {
  attendanceInput,
  bySchoolYear,
  changeOccurrenceInput,
  dateRangeInput,
  eventInput,
  exportIcsInput,
  findCarersInput,
  occurrenceKey,
  schoolYearInput,
  type CalendarEvent,
  type CarerHit,
  type Engagement,
  type FamilyEvent,
  type IcsFile,
  type Occurrence,
  type OccurrenceAttendance,
  type SchoolYear,
} from './calendar';
import {
  exportInput,
  importCommitInput,
  importPreviewInput,
  listServicesInput,
  serviceById,
  serviceInput,
  signpostInput,
  signpostOutcomeInput,
  undoCheckedInput,
  type ImportPreview,
  type ImportResult,
  type Service,
  type ServiceList,
  type Signpost,
} from './directory';
import { attendanceMethods } from './attendance';
import {
  changePassphraseInput,
  copyInput,
  copyToInput,
  createVaultInput,
  findCopiesInput,
  restoreInput,
  unlockInput,
  type Backup,
  type CopyPlace,
  type CopyProgress,
  type CopySummary,
  type CreatedVault,
  type FoundCopy,
  type VaultStatus,
} from './vault';
import { returnsMethods } from './returns';

export type { Method } from './method';

const nothing = z.strictObject({});

/**
 * The one contract. The renderer's client, the preload, the IPC handler and the HTTP server are all
 * derived from this object; a method exists when, and only when, it is listed here.
 */
export const api = {
  'vault.status': method(nothing, false).returns<VaultStatus>(),
  'vault.create': method(createVaultInput, false).returns<CreatedVault>(),
  'vault.unlock': method(unlockInput, false).returns<null>(),
  'vault.lock': method(nothing, false).returns<null>(),
  'vault.changePassphrase': method(changePassphraseInput).returns<null>(),
  'vault.backups': method(nothing, false).returns<Backup[]>(),
  'vault.backupNow': method(nothing).returns<Backup>(),
  'vault.restore': method(restoreInput, false).returns<null>(),
  'vault.useKeyCopy': method(nothing, false).returns<null>(),
  'vault.copyPlaces': method(nothing, false).returns<CopyPlace[]>(),
  'vault.copyTo': method(copyToInput).returns<FoundCopy>(),
  'vault.copyProgress': method(nothing, false).returns<CopyProgress>(),
  'vault.findCopies': method(findCopiesInput, false).returns<FoundCopy[]>(),
  'vault.inspectCopy': method(copyInput, false).returns<CopySummary>(),
  'vault.restoreCopy': method(copyInput, false).returns<null>(),

  'settings.get': method(nothing).returns<Settings>(),
  'settings.update': method(updateSettingsInput).returns<Settings>(),
  'settings.getLogo': method(nothing).returns<SchoolLogo | null>(),
  'settings.setLogo': method(setLogoInput).returns<SchoolLogo>(),
  'settings.removeLogo': method(nothing).returns<null>(),
  'audit.list': method(listAuditInput).returns<AuditPage>(),

  'families.list': method(listFamiliesInput).returns<FamilyPage>(),
  'families.get': method(familyIdInput).returns<Family>(),
  'families.create': method(familyFields).returns<{ id: string }>(),
  'families.update': method(updateFamilyInput).returns<{ id: string }>(),
  'families.archive': method(familyIdInput).returns<null>(),
  'families.restore': method(familyIdInput).returns<null>(),

  'referrals.create': method(createReferralInput).returns<{ referralId: string; familyId: string }>(),
  'referrals.decide': method(decideReferralInput).returns<{ caseId: string | null }>(),
  'referrals.list': method(byFamily).returns<Referral[]>(),

  'cases.open': method(openCaseInput).returns<{ caseId: string }>(),
  'cases.setStatus': method(setCaseStatusInput).returns<null>(),
  'cases.list': method(byFamily).returns<Case[]>(),

  'contacts.create': method(contactFields).returns<{ id: string }>(),
  'contacts.update': method(updateContactInput).returns<{ id: string }>(),
  'contacts.delete': method(byId).returns<null>(),
  'contacts.completeNextStep': method(byId).returns<null>(),
  'contacts.list': method(byFamily).returns<Contact[]>(),

  'concerns.record': method(concernInput).returns<{ id: string }>(),
  'concerns.addAddendum': method(addendumInput).returns<{ id: string }>(),
  'concerns.list': method(byFamily).returns<Concern[]>(),

  'professionals.save': method(professionalInput).returns<{ id: string }>(),
  'professionals.remove': method(byId).returns<null>(),
  'professionals.list': method(byFamily).returns<Professional[]>(),

  'chronology.get': method(chronologyInput).returns<ChronologyEntry[]>(),
  'search.query': method(searchInput).returns<SearchHit[]>(),
  'dashboard.get': method(nothing).returns<Dashboard>(),

  'attachments.add': method(addAttachmentInput).returns<AttachmentInfo>(),
  'attachments.list': method(byFamily).returns<AttachmentInfo[]>(),
  'attachments.get': method(byId).returns<AttachmentInfo & { dataBase64: string }>(),
  'attachments.delete': method(byId).returns<null>(),

  'wellbeing.record': method(assessmentInput).returns<{ id: string }>(),
  'wellbeing.list': method(byChild).returns<Assessment[]>(),
  'wellbeing.changes': method(nothing).returns<WellbeingChange[]>(),

  'plans.create': method(createPlanInput).returns<{ planId: string; versionId: string }>(),
  'plans.saveDraft': method(saveDraftInput).returns<{ versionId: string }>(),
  'plans.finalise': method(byVersion).returns<null>(),
  'plans.discardDraft': method(byVersion).returns<null>(),
  'plans.review': method(reviewPlanInput).returns<{ versionId: string }>(),
  'plans.setActionDone': method(actionDoneInput).returns<null>(),
  'plans.get': method(byPlan).returns<Plan>(),
  'plans.list': method(byFamily).returns<PlanSummary[]>(),
  'calendar.getYear': method(bySchoolYear).returns<SchoolYear>(),
  'calendar.saveYear': method(schoolYearInput).returns<null>(),
  'calendar.saveEvent': method(eventInput).returns<{ id: string }>(),
  'calendar.getEvent': method(byId).returns<CalendarEvent>(),
  'calendar.listEvents': method(nothing).returns<CalendarEvent[]>(),
  'calendar.deleteEvent': method(byId).returns<null>(),
  'calendar.occurrences': method(dateRangeInput).returns<Occurrence[]>(),
  'calendar.changeOccurrence': method(changeOccurrenceInput).returns<null>(),
  'calendar.getAttendance': method(occurrenceKey).returns<OccurrenceAttendance>(),
  'calendar.recordAttendance': method(attendanceInput).returns<null>(),
  'calendar.findCarers': method(findCarersInput).returns<CarerHit[]>(),
  'calendar.engagement': method(dateRangeInput).returns<Engagement>(),
  'calendar.familyEvents': method(byFamily).returns<FamilyEvent[]>(),
  'calendar.exportIcs': method(exportIcsInput).returns<IcsFile>(),
  'directory.list': method(listServicesInput).returns<ServiceList>(),
  'directory.get': method(serviceById).returns<Service>(),
  'directory.save': method(serviceInput).returns<{ id: string }>(),
  'directory.retire': method(serviceById).returns<null>(),
  'directory.restore': method(serviceById).returns<null>(),
  'directory.markChecked': method(serviceById).returns<{ previousCheckedOn: string | null }>(),
  'directory.undoChecked': method(undoCheckedInput).returns<null>(),
  'directory.importPreview': method(importPreviewInput).returns<ImportPreview>(),
  'directory.importCommit': method(importCommitInput).returns<ImportResult>(),
  'directory.export': method(exportInput).returns<{ fileName: string; dataBase64: string }>(),

  'signposts.create': method(signpostInput).returns<{ id: string }>(),
  'signposts.recordOutcome': method(signpostOutcomeInput).returns<null>(),
  'signposts.list': method(byFamily).returns<Signpost[]>(),

  ...attendanceMethods,

  ...returnsMethods,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller may send (defaults not yet applied). */
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = Exclude<Api[M]['__output'], undefined>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

/** The single call signature every transport implements: preload bridge, HTTP client, tests. */
export type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<ApiResult<Output<M>>>;

/** What Electron's preload puts on `window.linkbook`, and nothing more. */
export interface LinkbookBridge {
  call: Call;
  /** Runs `listener` each time the vault locks in the main process; returns a function that stops listening. */
  onLocked: (listener: () => void) => () => void;
}
