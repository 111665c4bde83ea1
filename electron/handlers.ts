import type { MethodName } from '../shared/api';
import type { Handlers } from './linkbook';
import { listAudit } from './services/audit';
import { caseloadAttendance, childAttendance } from './services/attendance';
import {
  commitImport as commitAttendanceImport,
  importProgress as attendanceImportProgress,
  previewImport as previewAttendanceImport,
} from './services/attendanceImport';
import { addAttachment, deleteAttachment, getAttachment, listAttachments } from './services/attachments';
import {
  changeOccurrence,
  deleteEvent,
  engagement,
  exportIcs,
  familyEvents,
  findCarers,
  getAttendance,
  getEvent,
  getSchoolYear,
  listEvents,
  occurrencesBetween,
  recordAttendance,
  saveEvent,
  saveSchoolYear,
} from './services/calendar';
import { listCases, openCaseForFamily, setCaseStatus } from './services/cases';
import { familyChronology } from './services/chronology';
import { addAddendum, listConcerns, recordConcern } from './services/concerns';
import {
  completeNextStep,
  createContact,
  deleteContact,
  listContacts,
  updateContact,
} from './services/contacts';
import { dashboard } from './services/dashboard';
import { commitImport, previewImport } from './services/directory-import';
import {
  exportServices,
  getService,
  listServices,
  markServiceChecked,
  saveService,
  setServiceRetired,
  undoServiceChecked,
} from './services/directory';
import type { ServiceDeps } from './services/deps';
import { createFamily, getFamily, listFamilies, setFamilyArchived, updateFamily } from './services/families';
import {
  createPlan,
  discardDraft,
  finalisePlan,
  getPlan,
  listPlans,
  reviewPlan,
  saveDraft,
  setActionDone,
} from './services/plans';
import { listProfessionals, removeProfessional, saveProfessional } from './services/professionals';
import { createReferral, decideReferral, listReferrals } from './services/referrals';
import {
  addTemplate,
  exportReturn,
  figureRecords,
  impactReport,
  listTemplates,
  removeTemplate,
  returnFigures,
  saveMapping,
} from './services/returns';
import { listCaseStudies, removeCaseStudy, saveCaseStudy } from './services/returnsCaseStudies';
import { combineReturns } from './services/returnsCombine';
import { caseloadTracker, weeklyTracker } from './services/returnsTrackers';
import { search } from './services/search';
import { getLogo, getSettings, removeLogo, setLogo, updateSettings } from './services/settings';
import { createSignpost, listSignposts, recordSignpostOutcome } from './services/signposts';
import { listAssessments, recordAssessment, wellbeingChanges } from './services/wellbeing';

type RecordMethod = Exclude<MethodName, `vault.${string}`>;

/** Every method that works on the open vault, each a one-line call into its service. */
export function recordHandlers(deps: () => ServiceDeps): Pick<Handlers, RecordMethod> {
  return {
    'settings.get': () => getSettings(deps().db),
    'settings.update': (input) => updateSettings(deps(), input),
    'settings.getLogo': () => getLogo(deps().db),
    'settings.setLogo': (input) => setLogo(deps(), input),
    'settings.removeLogo': () => removeLogo(deps()),
    'audit.list': (input) => listAudit(deps(), input),

    'families.list': (input) => listFamilies(deps(), input),
    'families.get': (input) => getFamily(deps(), input.id),
    'families.create': (input) => createFamily(deps(), input),
    'families.update': (input) => updateFamily(deps(), input),
    'families.archive': (input) => setFamilyArchived(deps(), input.id, true),
    'families.restore': (input) => setFamilyArchived(deps(), input.id, false),

    'referrals.create': (input) => createReferral(deps(), input),
    'referrals.decide': (input) => decideReferral(deps(), input),
    'referrals.list': (input) => listReferrals(deps(), input.familyId),

    'cases.open': (input) => openCaseForFamily(deps(), input),
    'cases.setStatus': (input) => setCaseStatus(deps(), input),
    'cases.list': (input) => listCases(deps(), input.familyId),

    'contacts.create': (input) => createContact(deps(), input),
    'contacts.update': (input) => updateContact(deps(), input),
    'contacts.delete': (input) => deleteContact(deps(), input.id),
    'contacts.completeNextStep': (input) => completeNextStep(deps(), input.id),
    'contacts.list': (input) => listContacts(deps(), input.familyId),

    'concerns.record': (input) => recordConcern(deps(), input),
    'concerns.addAddendum': (input) => addAddendum(deps(), input),
    'concerns.list': (input) => listConcerns(deps(), input.familyId),

    'professionals.save': (input) => saveProfessional(deps(), input),
    'professionals.remove': (input) => removeProfessional(deps(), input.id),
    'professionals.list': (input) => listProfessionals(deps(), input.familyId),

    'chronology.get': (input) => familyChronology(deps(), input),
    'search.query': (input) => search(deps(), input),
    'dashboard.get': () => dashboard(deps()),

    'attachments.add': (input) => addAttachment(deps(), input),
    'attachments.list': (input) => listAttachments(deps(), input.familyId),
    'attachments.get': (input) => getAttachment(deps(), input.id),
    'attachments.delete': (input) => deleteAttachment(deps(), input.id),

    'wellbeing.record': (input) => recordAssessment(deps(), input),
    'wellbeing.list': (input) => listAssessments(deps(), input.childId),
    'wellbeing.changes': () => wellbeingChanges(deps()),

    'plans.create': (input) => createPlan(deps(), input),
    'plans.saveDraft': (input) => saveDraft(deps(), input),
    'plans.finalise': (input) => finalisePlan(deps(), input.versionId),
    'plans.discardDraft': (input) => discardDraft(deps(), input.versionId),
    'plans.review': (input) => reviewPlan(deps(), input),
    'plans.setActionDone': (input) => setActionDone(deps(), input.actionId, input.done),
    'plans.get': (input) => getPlan(deps(), input.planId),
    'plans.list': (input) => listPlans(deps(), input.familyId),
    'calendar.getYear': (input) => getSchoolYear(deps(), input.schoolYear),
    'calendar.saveYear': (input) => saveSchoolYear(deps(), input),
    'calendar.saveEvent': (input) => saveEvent(deps(), input),
    'calendar.getEvent': (input) => getEvent(deps(), input.id),
    'calendar.listEvents': () => listEvents(deps()),
    'calendar.deleteEvent': (input) => deleteEvent(deps(), input.id),
    'calendar.occurrences': (input) => occurrencesBetween(deps(), input.from, input.to),
    'calendar.changeOccurrence': (input) => changeOccurrence(deps(), input),
    'calendar.getAttendance': (input) => getAttendance(deps(), input.eventId, input.originalDate),
    'calendar.recordAttendance': (input) => recordAttendance(deps(), input),
    'calendar.findCarers': (input) => findCarers(deps(), input.query),
    'calendar.engagement': (input) => engagement(deps(), input.from, input.to),
    'calendar.familyEvents': (input) => familyEvents(deps(), input.familyId),
    'calendar.exportIcs': (input) => exportIcs(deps(), input.from, input.to, input.title),
    'directory.list': (input) => listServices(deps(), input),
    'directory.get': (input) => getService(deps(), input.id),
    'directory.save': (input) => saveService(deps(), input),
    'directory.retire': (input) => setServiceRetired(deps(), input.id, true),
    'directory.restore': (input) => setServiceRetired(deps(), input.id, false),
    'directory.markChecked': (input) => markServiceChecked(deps(), input.id),
    'directory.undoChecked': (input) => undoServiceChecked(deps(), input),
    'directory.importPreview': (input) => previewImport(deps(), input),
    'directory.importCommit': (input) => commitImport(deps(), input),
    'directory.export': (input) => exportServices(deps(), input),

    'signposts.create': (input) => createSignpost(deps(), input),
    'signposts.recordOutcome': (input) => recordSignpostOutcome(deps(), input),
    'signposts.list': (input) => listSignposts(deps(), input.familyId),

    'attendance.previewImport': (input) => previewAttendanceImport(deps(), input),
    'attendance.commitImport': (input) => commitAttendanceImport(deps(), input),
    'attendance.importProgress': () => attendanceImportProgress(),
    'attendance.forChild': (input) => childAttendance(deps(), input.childId, input.range),
    'attendance.caseload': () => caseloadAttendance(deps()),

    'returns.figures': (input) => returnFigures(deps(), input),
    'returns.records': (input) => figureRecords(deps(), input),
    'returns.impact': (input) => impactReport(deps(), input),
    'returns.addTemplate': (input) => addTemplate(deps(), input),
    'returns.listTemplates': () => listTemplates(deps()),
    'returns.removeTemplate': (input) => removeTemplate(deps(), input.id),
    'returns.saveMapping': (input) => saveMapping(deps(), input),
    'returns.export': (input) => exportReturn(deps(), input),
    'returns.combine': (input) => combineReturns(deps(), input),
    'returns.saveCaseStudy': (input) => saveCaseStudy(deps(), input),
    'returns.listCaseStudies': () => listCaseStudies(deps()),
    'returns.removeCaseStudy': (input) => removeCaseStudy(deps(), input.id),
    'returns.weeklyTracker': (input) => weeklyTracker(deps(), input.weekStarting),
    'returns.caseloadTracker': () => caseloadTracker(deps()),
  };
}
