import { describe, expect, it } from 'vitest';
import { parentPlan, parentPlanText, webCaption, withoutQuotes } from './parentPlan';
import type { PlanVersion } from './plans';
import { PLAIN_ENGLISH_LEVEL, readingEase } from './readability';

const plan = { children: [{ id: 'c1', name: 'Zoë Dąbrowska', knownAs: 'Zo', dateOfBirth: '2016-03-14' }] };

/** A typical plan as a worker writes it: two needs, the family's own words, short steps. */
const sample: Pick<PlanVersion, 'needs' | 'reviewOn' | 'finalisedAt' | 'createdAt'> = {
  reviewOn: '2027-02-24',
  finalisedAt: '2026-11-24T10:00:00.000Z',
  createdAt: '2026-11-24T09:00:00.000Z',
  needs: [
    {
      id: 'n1',
      indicator: 'nurtured',
      outcome: 'Mornings are calm and Zo gets to school on time.',
      support: 'Breakfast club at school.',
      targets: [
        {
          id: 't1',
          description: 'Zo is in class by ten to nine on four days a week.',
          progress: null,
          progressNote: '',
        },
        { id: 't2', description: 'Zo has something to eat before school.', progress: null, progressNote: '' },
      ],
      actions: [
        {
          id: 'a1',
          who: 'parent',
          whoName: 'Mum',
          what: 'Set an alarm for quarter past seven.',
          dueOn: '2026-11-30',
          doneAt: null,
        },
        {
          id: 'a2',
          who: 'worker',
          whoName: '',
          what: 'Book a place at breakfast club.',
          dueOn: '2026-12-04',
          doneAt: null,
        },
        {
          id: 'a3',
          who: 'child',
          whoName: '',
          what: 'Pack her school bag the night before.',
          dueOn: '',
          doneAt: null,
        },
      ],
    },
    {
      id: 'n2',
      indicator: 'included',
      outcome: 'Zo has friends to play with at break time.',
      support: '',
      targets: [
        { id: 't3', description: 'Zo joins a lunch club once a week.', progress: null, progressNote: '' },
      ],
      actions: [
        {
          id: 'a4',
          who: 'school',
          whoName: 'Mrs Okafor',
          what: 'Ask Zo which club she would like.',
          dueOn: '2026-12-01',
          doneAt: null,
        },
      ],
    },
  ],
};

describe('the plan printed for parents', () => {
  it('speaks plainly: headings, the family’s words, who does what and when', () => {
    const printed = parentPlan(plan, sample, 'Sam Patel');
    expect(printed.title).toBe('Our plan for Zo');
    expect(printed.needs.map((need) => need.heading)).toEqual([
      'Feeling cared for',
      'Feeling part of things',
    ]);
    expect(printed.needs[0]!.actions).toEqual([
      { who: 'Mum', what: 'Set an alarm for quarter past seven.', when: 'Monday 30 November 2026' },
      { who: 'Sam Patel', what: 'Book a place at breakfast club.', when: 'Friday 4 December 2026' },
      { who: 'Zo', what: 'Pack her school bag the night before.', when: 'As it comes up' },
    ]);
    expect(printed.meetAgain).toBe(
      'We will meet again on Wednesday 24 February 2027 to see how things are going.',
    );
    expect(printed.signatures).toEqual(['Parent or carer', 'Zo', 'Sam Patel']);
  });

  it('gives each child of a family plan a line of their own to sign', () => {
    const family = {
      children: [
        ...plan.children,
        { id: 'c2', name: 'Kacper Dąbrowski', knownAs: 'Kacper', dateOfBirth: '2019-09-02' },
      ],
    };
    const printed = parentPlan(family, sample, 'Sam Patel');
    expect(printed.title).toBe('Our plan for Zo and Kacper');
    expect(printed.signatures).toEqual(['Parent or carer', 'Zo', 'Kacper', 'Sam Patel']);
  });

  it('reaches plain English (Flesch 60 or more) for a sample plan, and would catch jargon', () => {
    const ease = readingEase(parentPlanText(parentPlan(plan, sample, 'Sam Patel')));
    expect(ease.score).toBeGreaterThanOrEqual(PLAIN_ENGLISH_LEVEL);

    const jargon = structuredClone(sample);
    jargon.needs[0]!.outcome =
      'Facilitate consistent morning routines via multi-agency collaborative intervention, ensuring punctuality.';
    jargon.needs[0]!.targets[0]!.description =
      'Demonstrable improvement regarding educational engagement indicators and attendance percentages.';
    jargon.needs[1]!.outcome = 'Increased participation in extracurricular socialisation opportunities.';
    expect(readingEase(parentPlanText(parentPlan(plan, jargon, 'Sam Patel'))).score).toBeLessThan(
      ease.score - 10,
    );
  });
});

describe('the printed words', () => {
  it('takes off quotation marks the worker typed, so the outcome is not quoted twice', () => {
    expect(withoutQuotes('“Mornings are calm.”')).toBe('Mornings are calm.');
    expect(withoutQuotes('"Zo has friends at break time"')).toBe('Zo has friends at break time');
    expect(withoutQuotes('Mum says it is “much better”')).toBe('Mum says it is “much better”');
    expect(withoutQuotes('“Calm” mornings')).toBe('“Calm” mornings');
    expect(withoutQuotes('"Calm" and "on time"')).toBe('"Calm" and "on time"');
  });
  it('says whose view the web is: a web agreed together is not how the child alone feels', () => {
    expect(webCaption('child', 'Zoë', 10)).toBe('How Zoë feels things are going. 10 is the best.');
    expect(webCaption('agreed', 'Zoë', 5)).toBe('How we agreed things are going for Zoë. 5 is the best.');
    expect(webCaption('carer', 'Zoë', 10)).toMatch(/^How you feel things are going for Zoë/);
  });
});
