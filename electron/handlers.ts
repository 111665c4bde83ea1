import type { MethodName } from '../shared/api';
import type { Handlers } from './linkbook';
import { listAudit } from './services/audit';
import { addAttachment, deleteAttachment, getAttachment, listAttachments } from './services/attachments';
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
import {
  commitImport,
  exportServices,
  getService,
  listServices,
  markServiceChecked,
  previewImport,
  saveService,
  setServiceRetired,
  undoServiceChecked,
} from './services/directory';
import type { ServiceDeps } from './services/deps';
import { createFamily, getFamily, listFamilies, setFamilyArchived, updateFamily } from './services/families';
import { listProfessionals, removeProfessional, saveProfessional } from './services/professionals';
import { createReferral, decideReferral, listReferrals } from './services/referrals';
import { search } from './services/search';
import { createSignpost, listSignposts, recordSignpostOutcome } from './services/signposts';
import { getSettings, updateSettings } from './services/settings';
import { listAssessments, recordAssessment, wellbeingChanges } from './services/wellbeing';

type RecordMethod = Exclude<MethodName, `vault.${string}`>;

/** Every method that works on the open vault, each a one-line call into its service. */
export function recordHandlers(deps: () => ServiceDeps): Pick<Handlers, RecordMethod> {
  return {
    'settings.get': () => getSettings(deps().db),
    'settings.update': (input) => updateSettings(deps(), input),
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
  };
}
