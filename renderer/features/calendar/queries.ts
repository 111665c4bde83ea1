import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../../api/client';

/** Everything the calendar shows sits under this key, with Today's week and families' event lists. */
const calendarKey = ['calendar'] as const;

export function useSchoolYear(schoolYear: string) {
  return useQuery({
    queryKey: [...calendarKey, 'year', schoolYear],
    queryFn: () => call('calendar.getYear', { schoolYear }),
  });
}

export function useOccurrences(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: [...calendarKey, 'occurrences', from, to],
    queryFn: () => call('calendar.occurrences', { from, to }),
    enabled,
  });
}

export function useCalendarEvent(id: string | null) {
  return useQuery({
    queryKey: [...calendarKey, 'event', id],
    queryFn: () => call('calendar.getEvent', { id: id! }),
    enabled: id !== null,
  });
}

export function useAttendance(eventId: string, originalDate: string) {
  return useQuery({
    queryKey: [...calendarKey, 'attendance', eventId, originalDate],
    queryFn: () => call('calendar.getAttendance', { eventId, originalDate }),
    gcTime: 0,
  });
}

export function useFindCarers(query: string) {
  return useQuery({
    queryKey: [...calendarKey, 'carers', query],
    queryFn: () => call('calendar.findCarers', { query }),
    enabled: query.trim().length > 0,
  });
}

export function useEngagement(from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'engagement', from, to],
    queryFn: () => call('calendar.engagement', { from, to }),
    enabled,
  });
}

export function useFamilyEvents(familyId: string) {
  return useQuery({
    queryKey: [...calendarKey, 'family', familyId],
    queryFn: () => call('calendar.familyEvents', { familyId }),
  });
}

/** A calendar write: every calendar view and Today's week are read again before it resolves. */
function useCalendarMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKey }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}

export const useSaveSchoolYear = () =>
  useCalendarMutation((input: Input<'calendar.saveYear'>) => call('calendar.saveYear', input));
export const useSaveEvent = () =>
  useCalendarMutation((input: Input<'calendar.saveEvent'>) => call('calendar.saveEvent', input));
export const useDeleteEvent = () => useCalendarMutation((id: string) => call('calendar.deleteEvent', { id }));
export const useChangeOccurrence = () =>
  useCalendarMutation((input: Input<'calendar.changeOccurrence'>) =>
    call('calendar.changeOccurrence', input),
  );
export const useRecordAttendance = () =>
  useCalendarMutation((input: Input<'calendar.recordAttendance'>) =>
    call('calendar.recordAttendance', input),
  );
