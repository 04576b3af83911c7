import { createContext, useContext, type ReactNode } from 'react';

const ServiceTimeZonesContext = createContext<Readonly<Record<string, string>>>({});

/** The time zone of each of the user's services (code → IANA zone), so dates show in their service's time. */
export function ServiceTimeZonesProvider({ zones, children }: { zones: Readonly<Record<string, string>>; children: ReactNode }) {
  return <ServiceTimeZonesContext.Provider value={zones}>{children}</ServiceTimeZonesContext.Provider>;
}

/** The zone of a service by its code; undefined (the browser's zone is used) while it is not known. */
export function useServiceTimeZones(): (serviceCode: string) => string | undefined {
  const zones = useContext(ServiceTimeZonesContext);
  return (serviceCode) => zones[serviceCode];
}
