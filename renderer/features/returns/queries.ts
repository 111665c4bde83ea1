import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../../api/client';

const returnsKey = ['returns'] as const;

export interface PeriodChoice {
  from: string;
  to: string;
  name: string;
}

export function useFigures(period: PeriodChoice | null) {
  return useQuery({
    queryKey: [...returnsKey, 'figures', period],
    queryFn: () => call('returns.figures', period!),
    enabled: period !== null,
  });
}

export function useFigureRecords(period: PeriodChoice, tag: string | null) {
  return useQuery({
    queryKey: [...returnsKey, 'records', period, tag],
    queryFn: () => call('returns.records', { ...period, tag: tag! }),
    enabled: tag !== null,
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: [...returnsKey, 'templates'],
    queryFn: () => call('returns.listTemplates', {}),
  });
}

function useTemplateMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: [...returnsKey, 'templates'] }),
  });
}

export const useAddTemplate = () =>
  useTemplateMutation((input: Input<'returns.addTemplate'>) => call('returns.addTemplate', input));
export const useRemoveTemplate = () =>
  useTemplateMutation((id: string) => call('returns.removeTemplate', { id }));
export const useSaveMapping = () =>
  useTemplateMutation((input: Input<'returns.saveMapping'>) => call('returns.saveMapping', input));

export const useExportReturn = () =>
  useMutation({ mutationFn: (input: Input<'returns.export'>) => call('returns.export', input) });
export const useCombineReturns = () =>
  useMutation({ mutationFn: (input: Input<'returns.combine'>) => call('returns.combine', input) });

export function useCaseStudies() {
  return useQuery({
    queryKey: [...returnsKey, 'caseStudies'],
    queryFn: () => call('returns.listCaseStudies', {}),
  });
}

function useCaseStudyMutation<I, O>(run: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: [...returnsKey, 'caseStudies'] }),
  });
}

export const useSaveCaseStudy = () =>
  useCaseStudyMutation((input: Input<'returns.saveCaseStudy'>) => call('returns.saveCaseStudy', input));
export const useRemoveCaseStudy = () =>
  useCaseStudyMutation((id: string) => call('returns.removeCaseStudy', { id }));

export function useImpact(period: PeriodChoice | null) {
  return useQuery({
    queryKey: [...returnsKey, 'impact', period],
    queryFn: () => call('returns.impact', period!),
    enabled: period !== null,
  });
}
