import { useId, useState, type MouseEvent } from 'react';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import type { InAppNotification } from '@summitdesk/contracts';
import { useCreatePath, useDataProvider, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { SummitdeskDataProvider } from '../dataProvider';
import { formatInstant, formatTimeAgo } from '../common/dates';

// Modest: a minute between looks, and again when the tab comes back into focus.
const POLL_MS = 60_000;
const RECENT = 10;

// The bell in the app bar: how many of my notifications are unread, and the latest ten, each
// opening its record and marking itself read on the way.
export const NotificationBell = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const queryClient = useQueryClient();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const headingId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const polling = { refetchInterval: POLL_MS, refetchOnWindowFocus: true, retry: false } as const;
  const { total: unread = 0 } = useGetList(
    'notifications',
    { filter: { unread: true }, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } },
    polling,
  );
  const { data: recent, isError } = useGetList<InAppNotification & { id: number }>(
    'notifications',
    { pagination: { page: 1, perPage: RECENT }, sort: { field: 'createdAt', order: 'DESC' } },
    { ...polling, enabled: anchor !== null },
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });

  const open = async (notification: InAppNotification) => {
    setAnchor(null);
    if (!notification.readAt) await dataProvider.action('notifications', { id: notification.id, action: 'read' }).catch(() => undefined);
    void refresh();
    if (notification.link) void navigate(createPath({ resource: notification.link.resource, id: notification.link.id, type: 'show' }));
  };
  const markAll = async () => {
    await dataProvider.command('notifications', { command: 'read-all' }).catch(() => undefined);
    void refresh();
  };

  const label =
    unread > 0 ? translate('summitdesk.notifications.bell_unread', { smart_count: unread }) : translate('summitdesk.notifications.bell');
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          aria-expanded={anchor !== null}
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        >
          {/* No badge text at zero: the button's name must contain what it shows (axe: label-content-name-mismatch). */}
          <Badge badgeContent={unread > 0 ? unread : undefined} color="error" max={99}>
            {unread > 0 ? <NotificationsIcon /> : <NotificationsNoneIcon />}
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: { role: 'dialog', 'aria-labelledby': headingId, sx: { width: 'min(380px, calc(100vw - 16px))', maxHeight: '70vh' } },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, px: 2, py: 1 }}>
          <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('summitdesk.notifications.title')}
          </Typography>
          <Button size="small" onClick={() => void markAll()} disabled={unread === 0}>
            {translate('summitdesk.notifications.mark_all_read')}
          </Button>
        </Box>
        <Divider />
        {isError ? (
          <Typography sx={{ p: 2 }} color="error">
            {translate('summitdesk.notifications.failed')}
          </Typography>
        ) : recent && recent.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('summitdesk.notifications.none')}
          </Typography>
        ) : (
          <List dense disablePadding aria-labelledby={headingId}>
            {(recent ?? []).map((notification) => (
              <ListItem key={notification.id} disablePadding>
                <ListItemButton
                  onClick={() => void open(notification)}
                  sx={{ alignItems: 'flex-start', minHeight: 48, bgcolor: notification.readAt ? undefined : 'action.hover' }}
                >
                  <ListItemText
                    primary={
                      <>
                        {notification.readAt ? null : (
                          <Box
                            component="span"
                            sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                          >
                            {`${translate('summitdesk.notifications.unread')}: `}
                          </Box>
                        )}
                        {notification.title}
                      </>
                    }
                    secondary={
                      <time dateTime={notification.createdAt} title={formatInstant(notification.createdAt, locale)}>
                        {formatTimeAgo(notification.createdAt, locale)}
                      </time>
                    }
                    slotProps={{ primary: { sx: { fontWeight: notification.readAt ? 400 : 600 } } }}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </Popover>
    </>
  );
};
