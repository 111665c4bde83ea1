import type { ServiceInput } from '../../shared/directory';

/** A local service as a school's directory lists it; tests change only what they are about. */
export function sampleService(overrides: Partial<ServiceInput> = {}): ServiceInput {
  return {
    name: 'Riverside Food Larder',
    organisation: 'Riverside Churches Together',
    offer: 'Low-cost food shop, £4 for 10 items',
    eligibility: 'Local families',
    referralRoute: 'self',
    phone: '01290 555 0142',
    email: 'larder@example.org',
    website: '',
    openingTimes: 'Wed and Fri 10:00-13:00',
    cost: '£4 a visit',
    languages: 'English, Polish',
    area: 'local',
    categories: ['Food', 'Money'],
    indicators: ['healthy'],
    notes: '',
    lastCheckedOn: '2026-08-27',
    ...overrides,
  };
}
