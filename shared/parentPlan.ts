import { format, parseISO } from 'date-fns';
import { isRealIsoDate } from './dates';
import type { Actor, Plan, PlanVersion } from './plans';
import type { Indicator, Scorer } from './wellbeing';

/**
 * The printed plan speaks to parents and children, so it names each indicator as they would say it; the
 * indicator's own name follows in brackets so it still matches the web.
 */
export const indicatorForParents: Record<Indicator, string> = {
  safe: 'Feeling safe',
  healthy: 'Being healthy',
  achieving: 'Learning and doing well',
  nurtured: 'Feeling cared for',
  active: 'Being active',
  respected: 'Being listened to',
  responsible: 'Making good choices',
  included: 'Feeling part of things',
};

export const parentHeadings = {
  working: 'What we are working on',
  want: 'What we want',
  steps: 'Steps to get there',
  who: 'Who will do what',
  help: 'Who is helping',
  meet: 'When we will meet again',
  signed: 'Signed',
} as const;

export interface ParentPlanAction {
  who: string;
  what: string;
  when: string;
}
export interface ParentPlanNeed {
  heading: string;
  indicator: Indicator;
  want: string;
  steps: string[];
  actions: ParentPlanAction[];
  help: string;
}
export interface ParentPlan {
  title: string;
  intro: string;
  needs: ParentPlanNeed[];
  meetAgain: string;
  signatures: string[];
}

/** "Wednesday 24 February 2027": the long form reads best aloud. */
export function longDate(iso: string): string {
  return isRealIsoDate(iso) ? format(parseISO(iso), 'EEEE d MMMM yyyy') : iso;
}

/**
 * The outcome is printed in quotation marks as the family's own words, so marks the worker typed around it
 * are taken off rather than doubled.
 */
export function withoutQuotes(text: string): string {
  const trimmed = text.trim();
  // Only a pair around the whole outcome, with no other marks inside: '"a" and "b"' is two quotations.
  const wrapped = /^["“]\s*([^"“”]*?)\s*["”]$/.exec(trimmed) ?? /^['‘]\s*([^'‘’]*?)\s*['’]$/.exec(trimmed);
  return wrapped ? wrapped[1]! : trimmed;
}

/** Whose view the printed web shows: a web scored together is not how the child alone feels. */
export function webCaption(scoredBy: Scorer, childName: string, scale: number): string {
  const whose = {
    child: `How ${childName} feels things are going.`,
    carer: `How you feel things are going for ${childName}.`,
    practitioner: `How the school sees things going for ${childName}.`,
    agreed: `How we agreed things are going for ${childName}.`,
  }[scoredBy];
  return `${whose} ${scale} is the best.`;
}

function names(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** The words of one version of a plan as parents will read them, and nothing else. */
export function parentPlan(
  plan: Pick<Plan, 'children'>,
  version: Pick<PlanVersion, 'needs' | 'reviewOn' | 'finalisedAt' | 'createdAt'>,
  workerName: string,
): ParentPlan {
  const children = plan.children.map((child) => child.knownAs);
  const who = (actor: Actor, named: string): string => {
    if (named.trim()) return named.trim();
    switch (actor) {
      case 'worker':
        return workerName;
      case 'child':
        return names(children);
      case 'parent':
        return 'Parent or carer';
      case 'school':
        return 'School';
      case 'service':
        return 'Another service';
    }
  };
  const madeOn = (version.finalisedAt ?? version.createdAt).slice(0, 10);
  return {
    title: `Our plan for ${names(children)}`,
    intro: `We made this plan together on ${longDate(madeOn)}. It says what we want to change, and who will do what.`,
    needs: version.needs.map((need) => ({
      heading: indicatorForParents[need.indicator],
      indicator: need.indicator,
      want: withoutQuotes(need.outcome),
      steps: need.targets.map((target) => target.description),
      actions: need.actions.map((action) => ({
        who: who(action.who, action.whoName),
        what: action.what,
        when: action.dueOn ? longDate(action.dueOn) : 'As it comes up',
      })),
      help: need.support,
    })),
    meetAgain: version.reviewOn
      ? `We will meet again on ${longDate(version.reviewOn)} to see how things are going.`
      : 'We will agree a date to meet again.',
    // Each child signs on a line of their own: the plan is theirs as much as the family's.
    signatures: ['Parent or carer', ...children, workerName],
  };
}

/** Every word of the printed plan, one line per printed line, for the reading-ease score. */
export function parentPlanText(plan: ParentPlan): string {
  return [
    plan.title,
    plan.intro,
    parentHeadings.working,
    ...plan.needs.flatMap((need) => [
      need.heading,
      parentHeadings.want,
      need.want,
      parentHeadings.steps,
      ...need.steps,
      parentHeadings.who,
      ...need.actions.flatMap((action) => [action.who, action.what, action.when]),
      ...(need.help ? [parentHeadings.help, need.help] : []),
    ]),
    parentHeadings.meet,
    plan.meetAgain,
    parentHeadings.signed,
    ...plan.signatures,
  ].join('\n');
}
