// The demo is the community's 2010 calendar moved to the coming year, so that windows and deadlines
// are live whenever the demo is started.
export function comingYear(today = new Date()): number {
  return today.getUTCFullYear() + 1;
}

export const onDate = (year: number, monthDay: string) => `${year}-${monthDay}`;

export const daysFromNow = (days: number, today = new Date()) => new Date(today.getTime() + days * 86_400_000);
