import { useQuery } from '@tanstack/react-query';
import { getOrganisation } from './getOrganisation.ts';

// The district changes rarely (admins shape it): keep it for minutes, not seconds.
export const useOrganisation = () =>
  useQuery({
    queryKey: ['organisation'],
    queryFn: ({ signal }) => getOrganisation(signal),
    staleTime: 5 * 60_000,
  });
