// The one rule for which year's budget money belongs to: the calendar year of the day it is about
// (an event's start, the day a contest's voting closed, today at the booth), read in that place's zone.
export const budgetYear = (day: string): number => Number(day.slice(0, 4));
