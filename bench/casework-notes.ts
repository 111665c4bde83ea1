/**
 * The wording of referrals, case changes and safeguarding concerns, as a school writes them. {child} is a
 * child's first name, {carer} how the worker refers to the carer.
 */

/** Made-up staff and professionals, never real people. */
export const referrers: readonly string[] = [
  'Mrs Anne Gilmour',
  'Mr David Okoro',
  'Ms Karen Doyle',
  'Miss Hannah Reid',
  'Mr Tom Price',
  'Dr Sarah Lewis',
  'Ms Priya Nair',
  'Mrs Joanne Kerr',
];

export const dslNames: readonly string[] = ['Mrs Fiona Grant', 'Mr Alan Murray', 'Ms Rehana Shah'];

export const referralConcerns: readonly string[] = [
  "{child}'s attendance has dropped to 78% and {child} is often late.",
  '{child} seems withdrawn and tired in class, and often hungry.',
  '{carer} has asked for help with money and housing.',
  '{child} is anxious about coming into school and cries at the door.',
  'Behaviour has changed since the family moved; {child} is angry and upset.',
  '{child} comes to school in the same clothes, and without a coat.',
  '{carer} is struggling after a separation and asked for support.',
  'The family are in temporary accommodation a long way from school.',
  '{child} is a young carer for {carer} and is missing school.',
  'Friendship difficulties and low mood; {child} has said they feel sad every day.',
];

export const triedSoFar: readonly string[] = [
  'Class teacher has spoken to {carer} at pick-up.',
  'Attendance letters sent; a meeting with the DHT.',
  'Nurture group for a term.',
  'Check-ins with the class teacher every morning.',
  '',
];

export const hopedOutcomes: readonly string[] = [
  'Better attendance and a calmer start to the day.',
  '{child} feels happy and safe in school.',
  'The family get the practical help they need.',
  '{carer} feels supported and knows where to go for help.',
];

export const signpostedTo: readonly string[] = [
  'Citizens Advice',
  'Family support service',
  'Parenting group at the community centre',
  'Women’s Aid',
  'Young carers service',
  'School counsellor',
];

export const declineReasons: readonly string[] = [
  'Needs are being met by the class teacher; no link worker support needed.',
  'Family already supported by the social work team.',
  '{carer} did not want support at this time.',
];

export const signpostReasons: readonly string[] = [
  'Better met by a specialist service.',
  '{carer} preferred support outside school.',
  'Needs are mainly about money; signposted for advice.',
];

export const caseNotes: Record<'open' | 'active' | 'monitoring', readonly string[]> = {
  open: [
    'Referral accepted. First home visit to be arranged.',
    '{carer} asked for support in the playground.',
    'Opened after the TAF meeting.',
    'Opened following concerns from the class teacher.',
  ],
  active: [
    'Plan agreed with {carer}: weekly contact.',
    'Working with the family on attendance and routines.',
    'Regular 1:1 sessions with {child} started.',
    'Plan agreed at the home visit.',
  ],
  monitoring: [
    'Things are more settled; monthly check-ins.',
    'Attendance is above 90%; stepping down to monitoring.',
    '{carer} feels able to manage; will keep in touch.',
  ],
};

export const closeReasons: readonly string[] = [
  'Plan completed',
  'Family moved away',
  '{carer} asked to close',
  'Transferred to social work',
  'Child left the school',
];

export const outcomes: readonly string[] = [
  'Attendance up from 81% to 95%. {child} settled and happy in class.',
  'Family rehoused near school; the children arrive on time.',
  '{carer} linked with the family support service and a parenting group.',
  '{child} has friends and no longer needs 1:1 sessions.',
  'Debts under control with help from welfare rights; food bank no longer needed.',
];

export const concernsSeen: readonly string[] = [
  '{child} came in with a bruise on the left cheek. Said, “I fell off the bed.”',
  '{child} said, “Dad hit Mum last night and I hid under the covers.”',
  '{child} arrived hungry and in wet clothes; said there was no electricity at home.',
  '{child} was not collected at 15:15. {carer} arrived at 17:40 and smelled of alcohol.',
  '{child} disclosed that an older boy had asked for photos online.',
  '{child} said they were left at home alone overnight with the younger ones.',
  'Marks on {child}’s arms noticed during PE. {child} would not say how.',
  '{child} said, “I don’t want to go home tonight.”',
  '{carer} disclosed they feel unsafe with their ex-partner, who has been outside the house.',
  '{child} has lost weight and says there is often no food at home.',
];

export const actionsTaken: readonly string[] = [
  'Listened, did not ask leading questions, wrote down the words used. Told the DSL straight away.',
  'Reassured {child}; recorded on the body map. Passed to the DSL.',
  'Stayed with {child} until {carer} arrived; told the DSL.',
  'Kept {child} in the nurture room and spoke to the DSL.',
];

export const dslDecisions: readonly string[] = [
  'Referred to social work. Initial referral discussion held.',
  'Consulted social work duty team; advice to monitor and support.',
  'Police informed. Social work to visit today.',
  'No referral. Monitor and record; link worker to support the family.',
];

export const addendumNotes: readonly string[] = [
  'Social worker visited; the family are engaging.',
  '{child} seemed settled the next morning.',
  'Further comment from {child} at lunchtime, recorded in the same words.',
  '{carer} came in to talk about what happened.',
];

export const resolvedReasons: readonly string[] = [
  'Social work assessment completed; no further concerns.',
  'Family supported through the plan; no repeat concerns this term.',
  'Ex-partner has moved away; protective order in place.',
];
