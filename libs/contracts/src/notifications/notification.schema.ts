// A line under the bell in the admin's app bar: what happened to one of the reader's things.
export type InAppNotification = {
  id: number;
  title: string;
  // The record it is about (an admin resource and id), when there is one.
  link: { resource: string; id: number } | null;
  createdAt: string;
  readAt: string | null;
};
