import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Plan } from '../../../shared/plans';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { usePlan } from './queries';

interface LoadedPlanProps {
  /** Under the problem, when the plan could not be loaded: the way back. */
  back?: ReactNode;
  children: (plan: Plan) => ReactNode;
}

/** The plan named in the address, once loaded; until then a page saying it is loading, or why it is not shown. */
export function LoadedPlan({ back, children }: LoadedPlanProps) {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) {
    return (
      <div className="page">
        <PageHeading>Loading the plan…</PageHeading>
      </div>
    );
  }
  if (plan.isError) {
    return (
      <div className="page">
        <PageHeading>Plan not shown</PageHeading>
        <LoadProblem what="this plan" error={plan.error} onRetry={() => void plan.refetch()} />
        {back}
      </div>
    );
  }
  return children(plan.data);
}
