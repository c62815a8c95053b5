import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { BuyingCentre, Member, MemberUpdate } from './relationship-types.ts';

export const buyingCentreQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['buying-centre', accountId],
    queryFn: () => api.get<BuyingCentre>(`/accounts/${encodeURIComponent(accountId)}/buying-centre`),
  });

export const buyingCentreApi = {
  update: (accountId: string, contactId: string, body: MemberUpdate) =>
    api.put<Member>(
      `/accounts/${encodeURIComponent(accountId)}/buying-centre/${encodeURIComponent(contactId)}`,
      body,
    ),
};
