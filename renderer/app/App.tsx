import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './queryClient';
import { VaultGate } from './VaultGate';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <VaultGate />
    </QueryClientProvider>
  );
}
