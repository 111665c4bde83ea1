import type { contactTypes } from '../shared/casework';
import type { Random } from './random';

/**
 * What a link worker writes after a contact, put together from a few hundred fragments, so that searching
 * the notes has a real vault's selectivity: a few words are in many notes, most in some, a few in a handful.
 * {child} is a child's first name, {carer} how the worker refers to the carer ("Mum", "Dad", a first name).
 */
type ContactType = (typeof contactTypes)[number];

const openings: Record<ContactType, readonly string[]> = {
  'Home visit': [
    'Home visit as arranged.',
    'Visited the family at home after school.',
    'Home visit. {carer} welcomed me in and made tea.',
    'Visited at home; the flat was tidy and warm.',
    'Home visit to catch up with {carer}.',
    'Visited at home with the school nurse.',
    'Home visit. {child} was at home too and showed me their room.',
    'Visited the family after {carer} asked for a chat.',
  ],
  'Phone call': [
    'Phoned {carer}.',
    '{carer} phoned school and asked for me.',
    'Phone call with {carer} this morning.',
    'Returned a call from {carer}.',
    'Rang {carer} as agreed last week.',
    'Short call with {carer} at lunchtime.',
    'Called {carer} after {child} was absent this morning.',
  ],
  '1:1 session with child': [
    '1:1 session with {child} in the nurture room.',
    'Weekly 1:1 with {child}.',
    'Met {child} for our usual session; we did some drawing.',
    'Session with {child}, using the feelings cards.',
    '1:1 with {child} during assembly time.',
    'Met {child} for a walk round the playground and a chat.',
    'Session with {child}; we played Uno and talked.',
  ],
  'Meeting with parent': [
    'Met {carer} in school.',
    '{carer} came in to see me after drop-off.',
    'Meeting with {carer} and the class teacher.',
    'Met {carer} in the family room.',
    'Meeting with {carer} at pick-up.',
    'Met {carer} at the community centre, as they prefer.',
  ],
  'Group session': [
    'Group session: {child} attended the friendship group.',
    'Lunchtime group with {child} and five others.',
    'Worry monsters group; {child} took part.',
    'Seasons for Growth session with {child}.',
    'Nurture group this afternoon, {child} included.',
    'Cooking group after school; {child} made soup.',
  ],
  'Team Around the Family/Child meeting': [
    'TAF meeting in school.',
    'Team Around the Child meeting to review the plan.',
    'TAC review with {carer} and the agencies involved.',
    'Child’s plan meeting; {carer} attended.',
    'TAF meeting; the health visitor joined by phone.',
  ],
  'Hearing or conference': [
    'Attended the children’s hearing with {carer}.',
    'Child protection conference; I gave the school report.',
    'Review conference. School report shared in advance.',
    'Core group meeting at the social work office.',
    'Attended the hearing to support {carer}.',
  ],
  'Email or letter': [
    'Emailed {carer}.',
    'Letter sent home with {child}.',
    'Email from {carer}, replied the same day.',
    'Sent {carer} the information we discussed.',
    'Wrote to {carer} to confirm what we agreed.',
  ],
  'Visit with no answer': [
    'Visited at 10:15, no answer. Left a card through the door.',
    'No answer at the door. Curtains closed. Left a note.',
    'Home visit, no answer. Neighbour said the family were out.',
    'No answer. Phoned {carer} from the car, no reply; left a voicemail.',
    'Called round after school, no answer.',
  ],
};

/** Subjects a contact is about, with how often they come up. */
const topics: Record<string, { weight: number; lines: readonly string[] }> = {
  attendance: {
    weight: 12,
    lines: [
      "Talked about {child}'s attendance, which is down to 84% this term.",
      '{child} has been late most mornings this week.',
      'Attendance has improved since the last meeting.',
      '{carer} said {child} has had a lot of tummy aches on school mornings.',
      'We looked at the attendance letter together; {carer} was upset by it.',
      'Explained the school’s attendance process and that we want to help, not blame.',
      '{child} missed Monday and Tuesday; {carer} said they had a cold.',
      'Full week in school, the first this term. Praised {child}.',
      'Absences are mostly Fridays and Mondays.',
    ],
  },
  routines: {
    weight: 8,
    lines: [
      'Mornings are a battle, {carer} said; {child} will not get out of bed.',
      'We made a morning routine chart for the fridge.',
      '{carer} has started laying out clothes the night before, which is helping.',
      'Talked through the after-school routine: snack, homework, then tablet.',
      'Routines slipped over the holidays and are getting back on track.',
      'Suggested a visual timetable for the mornings.',
      '{carer} is working early shifts, so mornings are rushed.',
    ],
  },
  breakfastClub: {
    weight: 6,
    lines: [
      'Offered {child} a place at breakfast club.',
      '{child} has started breakfast club and is arriving on time.',
      'Breakfast club is full; {child} is on the waiting list.',
      '{carer} agreed to try breakfast club twice a week.',
      'Breakfast club staff say {child} is eating well and chatting.',
      '{child} did not want to go to breakfast club without a friend.',
      'Checked breakfast club is free for the family.',
    ],
  },
  bedtime: {
    weight: 6,
    lines: [
      '{child} is going to bed after 11 most nights.',
      'Talked about a bedtime routine: bath, story, lights out at 8.',
      '{carer} says the bedtime routine is working better.',
      '{child} is sharing a room with siblings and not sleeping well.',
      'Bedtime has been hard since the move.',
      '{child} wakes in the night with bad dreams.',
      'Gave {carer} the sleep leaflet from the school nurse.',
    ],
  },
  housing: {
    weight: 6,
    lines: [
      'The family are still in temporary accommodation.',
      'Damp and mould in the children’s bedroom; {carer} has reported it to the council.',
      '{carer} has been offered a flat across the city and is worried about the journey to school.',
      'Housing officer has not replied to {carer}’s emails.',
      'The landlord has given notice; the family must move by the end of the month.',
      'Helped {carer} fill in the housing application online.',
      'The boiler has been broken for two weeks.',
      'Overcrowding: six people in a two-bedroom flat.',
    ],
  },
  food: {
    weight: 5,
    lines: [
      'Gave {carer} a food bank voucher.',
      '{carer} said money is tight and the cupboards are bare before payday.',
      'Referred the family to the food bank at the church hall.',
      'Holiday food programme: the children are signed up for the summer.',
      '{child} is always hungry on Mondays, the class teacher says.',
      'Dropped off a food parcel from the school pantry.',
      '{carer} was embarrassed to ask about the food bank; reassured them.',
    ],
  },
  money: {
    weight: 5,
    lines: [
      'Universal Credit has been cut because of an overpayment.',
      'Helped {carer} apply for the clothing grant.',
      'Free school meals form completed together.',
      'Referred {carer} to the welfare rights officer about debt.',
      '{carer} is worried about the electricity bill and the prepayment meter.',
      'Checked the family are getting child benefit for all the children.',
      'Gave information about the fuel grant.',
    ],
  },
  uniform: {
    weight: 4,
    lines: [
      '{child} has no school shoes that fit; gave a pair from the uniform bank.',
      'Uniform bank: gave two jumpers and a PE kit.',
      '{child} is being teased for not wearing uniform.',
      '{carer} cannot afford the new blazer; applied for the uniform grant.',
      'Winter coat from the uniform bank for {child}.',
      'Spoke to the office about the uniform rule while the family wait for the grant.',
    ],
  },
  anxiety: {
    weight: 8,
    lines: [
      '{child} seems anxious about coming into school.',
      '{child} is anxious at the classroom door and clings to {carer}.',
      'We talked about worries using the worry jar.',
      '{child} said their tummy hurts when they think about school.',
      'Practised breathing with {child}: smell the flower, blow out the candle.',
      '{child} was calmer today and went into class without tears.',
      '{carer} is worried {child} is anxious all the time.',
      '{child} has been having panic attacks at night, {carer} says.',
      'Made a calm box with {child} to keep in class.',
    ],
  },
  friendships: {
    weight: 6,
    lines: [
      '{child} has fallen out with their friends at lunchtime.',
      '{child} says nobody plays with them in the playground.',
      'Friendship issues in class; the teacher has changed the seating.',
      '{child} has a new friend and seems happier.',
      'Unkind messages on a group chat; spoke to {carer} about it.',
      '{child} was left out of a birthday party and is upset.',
    ],
  },
  behaviour: {
    weight: 6,
    lines: [
      '{child} was sent out of class twice this week.',
      'Class teacher reports {child} is throwing things when frustrated.',
      'Behaviour is better since the new plan started.',
      '{child} hit another child in the lunch queue; talked it through.',
      '{child} is refusing to do written work.',
      '{child} has earned all their stickers this week.',
      'Talked with {carer} about consistent consequences at home and school.',
    ],
  },
  learning: {
    weight: 5,
    lines: [
      '{child} is behind with reading; the teacher has put them in a catch-up group.',
      'Homework is not getting done; no table at home to work at.',
      '{carer} asked about an assessment for dyslexia.',
      '{child} is proud of their spelling test, 9 out of 10.',
      'Shared the reading books and how to use them at home.',
      '{child} is waiting for an ADHD assessment.',
    ],
  },
  health: {
    weight: 4,
    lines: [
      '{child} has a dentist appointment on Thursday.',
      '{child} needs glasses; the optician letter was lost.',
      'Asthma inhaler is out of date; reminded {carer}.',
      '{child} has missed two hospital appointments.',
      'School nurse to see {child} about bedwetting.',
      '{carer} asked for help registering with a GP.',
    ],
  },
  camhs: {
    weight: 2,
    lines: [
      'CAMHS referral was not accepted; looking at other support.',
      '{child} is on the CAMHS waiting list, about 40 weeks.',
      'First CAMHS appointment next month.',
      'Counselling in school has started for {child}.',
    ],
  },
  familyChanges: {
    weight: 3,
    lines: [
      '{carer} and their partner have separated.',
      'New baby is due in March; {child} is excited and unsettled.',
      'Grandad died last week; {child} is very sad.',
      '{child} has contact with Dad every second weekend.',
      'Dad has moved out; {child} asks when he is coming back.',
      'There has been shouting at home, {carer} says, but it is calmer now.',
    ],
  },
  youngCarer: {
    weight: 2,
    lines: [
      '{child} helps look after {carer}, who is unwell.',
      '{child} gets the younger ones ready for school every day.',
      'Young carers group: {child} would like to go.',
      '{child} is tired from caring at home.',
    ],
  },
  language: {
    weight: 2,
    lines: [
      'Used the telephone interpreter.',
      'Interpreter came to the meeting; {carer} preferred this.',
      '{child} translated for {carer}; I will book an interpreter next time.',
      'Gave {carer} the school letter in their language.',
    ],
  },
  clubs: {
    weight: 3,
    lines: [
      '{child} has joined the football club after school.',
      'Found a free place at the holiday club.',
      '{child} loves the art club on Wednesdays.',
      'Swimming lessons are too expensive; looked for a funded place.',
      '{child} wants to join Cubs.',
    ],
  },
  screens: {
    weight: 2,
    lines: [
      '{child} is gaming late into the night.',
      '{carer} has taken the tablet out of the bedroom at night.',
      'Talked about online safety and age ratings.',
      '{child} was upset by a video they saw online.',
    ],
  },
  journey: {
    weight: 3,
    lines: [
      'The bus pass has run out, so {child} walks forty minutes.',
      '{carer} has no money for the bus until Friday.',
      '{child} is late because the younger ones go to a different school.',
      'Arranged a taxi for the appointment.',
    ],
  },
  lunchtimes: {
    weight: 2,
    lines: [
      '{child} is not eating at lunchtime.',
      'Packed lunch is often missing; checked free school meals are in place.',
      '{child} finds the dining hall too noisy.',
      'Lunchtime quiet club has helped {child}.',
    ],
  },
  transition: {
    weight: 2,
    lines: [
      'Talked about moving up to secondary school.',
      'Extra transition visits arranged for {child}.',
      '{child} is nervous about the new class and the new teacher.',
      'Shared a transition booklet with photos of the new school.',
    ],
  },
  carerWellbeing: {
    weight: 3,
    lines: [
      '{carer} said they are not sleeping and feel low.',
      '{carer} has started seeing the GP about their mood.',
      '{carer} feels isolated; told them about the parents’ coffee morning.',
      '{carer} seemed brighter today.',
      '{carer} is exhausted looking after the children alone.',
    ],
  },
  trips: {
    weight: 1.5,
    lines: [
      'The school trip costs £25; the school fund will pay.',
      '{child} went on the residential trip and loved it.',
      '{carer} did not want {child} to stay overnight on the trip.',
    ],
  },
  // Rare on purpose: a search for "allotment" finds a handful of notes in the whole vault.
  garden: {
    weight: 0.02,
    lines: [
      '{child} has been helping at the community allotment with Grandad.',
      'The garden club grew potatoes; {child} took some home.',
    ],
  },
};

/** The child's own words, in quotes, as a link worker records them. */
const quotes: readonly string[] = [
  'I don’t like Mondays.',
  'My tummy hurts when it’s loud.',
  'Nobody listens to me.',
  'I’m scared Mum will be sad when I’m at school.',
  'I had cereal for tea again.',
  'I like breakfast club because of the toast.',
  'I can’t sleep because my brother snores.',
  'I’m rubbish at reading.',
  'Dad shouts sometimes but he says sorry.',
  'I want to live with my nan.',
  'The big boys took my ball.',
  'I’m happy today.',
  'I don’t want to talk about it.',
  'Can I come back next week?',
  'My new room has a bunk bed!',
  'Mum cries a lot.',
  'I’m the man of the house now.',
  'I hate my shoes, they hurt.',
  'I played with Jamie at break.',
  'School is boring.',
  'I want to be a vet.',
  'We have mice in the kitchen.',
  'I look after my little sister.',
  'I stayed up till midnight on my tablet.',
  'I miss my dog.',
  'When I’m angry I go red and I want to hit.',
  'My worry is that we’ll have to move again.',
  'I got a sticker for being kind.',
  'The teacher doesn’t like me.',
  'Grandad is in heaven now.',
  'I’m not allowed to say.',
  'It’s cold in our house.',
  'I was brave today.',
  'I don’t have any friends.',
  'Can you tell Mum I was good?',
  'Our car got taken away.',
  'I like it here, it’s quiet.',
  'I didn’t have breakfast.',
];

const agreements: readonly string[] = [
  'Agreed to meet again in two weeks.',
  '{carer} agreed to the plan.',
  'Will update the class teacher.',
  '{carer} is happy for me to speak to the health visitor.',
  'Shared with the DHT as agreed.',
  'No further action needed for now.',
  '{carer} will let me know how it goes.',
  'Reviewed the plan; all actions on track.',
  '{carer} thanked me for the help.',
  'Will keep monitoring.',
  '{carer} was not happy with the school’s response; will speak to the head teacher.',
  'Left my number in case anything changes.',
  'Recorded on the child’s plan.',
  'Updated the attendance officer.',
];

const nextSteps: readonly string[] = [
  'Phone {carer} to see how the week went',
  'Check attendance with the office',
  'Chase the housing officer about the repairs',
  'Drop off a food bank voucher',
  'Book an interpreter for the next meeting',
  'Ask the class teacher how {child} is settling',
  'Apply for the uniform grant with {carer}',
  'Send the breakfast club form home',
  'Follow up the CAMHS referral',
  'Check {child} has started breakfast club',
  'Arrange a home visit',
  'Send {carer} the information about the holiday club',
  'Speak to the school nurse about {child}',
  'Check the free school meals application went through',
  'Invite {carer} to the coffee morning',
  'Review the morning routine chart with {child}',
  'Ring the welfare rights officer',
  'Share the plan with the TAF',
  'Find out about the bus pass',
  'Meet {child} for a 1:1',
  'Ask the optician for a new letter',
  'Check the dentist appointment was kept',
  'Write to {carer} confirming the plan',
  'Ask the DHT about a reduced timetable',
  'Pass the clothing grant form to the office',
];

/** Others who may be there as well as the family, by kind of contact. */
export const othersPresent: Partial<Record<ContactType, readonly string[]>> = {
  'Meeting with parent': ['class teacher', 'DHT', 'school nurse'],
  'Team Around the Family/Child meeting': [
    'class teacher, DHT, school nurse',
    'class teacher, social worker, health visitor',
    'DHT, educational psychologist, class teacher',
    'class teacher, CAMHS worker, family support worker',
  ],
  'Hearing or conference': [
    'social worker, reporter, panel members',
    'social worker, chair, police, health visitor',
    'social worker, DHT, chair',
  ],
};

export interface Names {
  child: string;
  carer: string;
}

export const fill = (line: string, names: Names) =>
  line.replaceAll('{child}', names.child).replaceAll('{carer}', names.carer);

const topicWeights = Object.fromEntries(Object.entries(topics).map(([key, topic]) => [key, topic.weight]));

/** An opening, a sentence or two on each of one to three subjects, sometimes the child's words and an agreement. */
export function contactSummary(random: Random, type: ContactType, names: Names): string {
  const parts = [random.pick(openings[type])];
  if (type !== 'Visit with no answer') {
    const subjects = [random.weighted(topicWeights)];
    while (subjects.length < 3 && random.chance(0.5)) subjects.push(random.weighted(topicWeights));
    for (const subject of subjects) {
      const lines = topics[subject]!.lines;
      parts.push(random.pick(lines));
      if (random.chance(0.4)) parts.push(random.pick(lines));
    }
    if (random.chance(type === '1:1 session with child' ? 0.6 : 0.15))
      parts.push(`{child} said, “${random.pick(quotes)}”`);
    if (random.chance(0.5)) parts.push(random.pick(agreements));
  }
  return fill([...new Set(parts)].join(' '), names);
}

export function nextStep(random: Random, names: Names): string {
  return fill(random.pick(nextSteps), names);
}
