import { useQuery } from '@tanstack/react-query';
import type { SponsorshipPaymentOptions } from '@summitdesk/contracts';
import { useDataProvider } from 'react-admin';
import type { SummitdeskDataProvider } from '../dataProvider';

// Whether the pay button can take a card now (no Stripe keys: bank transfer only).
export function usePaymentMethods() {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['sponsorships', 'payment-methods'],
    queryFn: async () => (await dataProvider.getView<SponsorshipPaymentOptions>('sponsorships', { view: 'payment-methods' })).data,
    staleTime: 60_000,
  });
}
