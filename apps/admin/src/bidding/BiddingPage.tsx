import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import BlockIcon from '@mui/icons-material/Block';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import TuneIcon from '@mui/icons-material/Tune';
import { Title, useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { signed, type BidSheetRow } from '@summitdesk/contracts';
import { useNotifyError } from '../common/errors';
import { TopicInterestsDialog } from './TopicInterestsDialog';
import { useBidSheet, useCallForBidding, useSaveBid, type SheetSort } from './useBidding';

type SaveState = 'saving' | 'saved' | 'error';
const MIN = -20;
const MAX = 20;
const STEP = 5;
const clamp = (value: number) => Math.max(MIN, Math.min(MAX, value));

// Keys typed into a field or a dialog are the field's, not the page's.
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

// A reviewer's fast bidding page: one row per talk, j/k to move, digits and +/− to bid, c for a
// conflict; every change is saved at once and each row says whether it was.
export const BiddingPage = () => {
  const { cfpId: raw } = useParams();
  const cfpId = Number(raw);
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [sort, setSort] = useState<SheetSort>('id');
  const { data: rows, error, isPending, refetch } = useBidSheet(cfpId, sort);
  const saveBid = useSaveBid();
  const { cfp, eventName, committeeId } = useCallForBidding(Number.isSafeInteger(cfpId) ? cfpId : undefined);
  const [bids, setBids] = useState<Record<number, number | null>>({});
  const [states, setStates] = useState<Record<number, SaveState>>({});
  const [gone, setGone] = useState<Set<number>>(new Set());
  // No row is current until the member moves to one (j, k or a click).
  const [current, setCurrent] = useState(-1);
  const [help, setHelp] = useState(false);
  const [interests, setInterests] = useState(false);
  const [conflictFor, setConflictFor] = useState<BidSheetRow | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const rowRefs = useRef(new Map<number, HTMLElement>());
  const visible = useMemo(() => (rows ?? []).filter((row) => !gone.has(row.id)), [rows, gone]);
  const open = !!cfp?.biddingOpen;
  const bidOf = useCallback((row: BidSheetRow) => (row.id in bids ? bids[row.id] : row.bid), [bids]);

  // A freshly loaded sheet carries the saved bids: the local ones start over.
  const [loaded, setLoaded] = useState(rows);
  if (rows !== loaded) {
    setLoaded(rows);
    setBids({});
    setStates({});
  }

  const persist = useCallback(
    (row: BidSheetRow, value: number) => {
      setStates((before) => ({ ...before, [row.id]: 'saving' }));
      const pending = timers.current.get(row.id);
      if (pending) clearTimeout(pending);
      // Quick key presses on one row become one save of the last value.
      timers.current.set(
        row.id,
        setTimeout(() => {
          timers.current.delete(row.id);
          saveBid(row.id, value).then(
            () => {
              setStates((before) => ({ ...before, [row.id]: 'saved' }));
              setAnnouncement(translate('summitdesk.bidding.announce_saved', { value: signed(value), title: row.title }));
            },
            (failure: unknown) => {
              setStates((before) => ({ ...before, [row.id]: 'error' }));
              notifyError(failure);
            },
          );
        }, 250),
      );
    },
    [notifyError, saveBid, translate],
  );

  const setBid = useCallback(
    (row: BidSheetRow, value: number) => {
      if (!open) return;
      const next = clamp(value);
      setBids((before) => ({ ...before, [row.id]: next }));
      persist(row, next);
    },
    [open, persist],
  );

  const focusRow = useCallback(
    (index: number) => {
      const bounded = Math.max(0, Math.min(visible.length - 1, index));
      setCurrent(bounded);
      const row = visible[bounded];
      const element = row ? rowRefs.current.get(row.id) : undefined;
      element?.focus();
      element?.scrollIntoView?.({ block: 'nearest' });
    },
    [visible],
  );

  const declareConflict = async (row: BidSheetRow) => {
    setConflictFor(null);
    try {
      await saveBid(row.id, 'conflict');
      setGone((before) => new Set(before).add(row.id));
      notify('summitdesk.bidding.conflict_done', { type: 'success' });
      setAnnouncement(translate('summitdesk.bidding.conflict_done'));
    } catch (failure) {
      notifyError(failure);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (help || interests || conflictFor) return;
      const row = current >= 0 ? visible[Math.min(current, visible.length - 1)] : undefined;
      const value = row ? (bidOf(row) ?? 0) : 0;
      const handled = (() => {
        switch (event.key) {
          case 'j':
          case 'ArrowDown':
            focusRow(current + 1);
            return true;
          case 'k':
          case 'ArrowUp':
            focusRow(current - 1);
            return true;
          case '?':
            setHelp(true);
            return true;
          case 't':
            if (committeeId !== undefined) setInterests(true);
            return true;
        }
        if (!row || !open) return false;
        if (/^[0-4]$/.test(event.key)) setBid(row, Number(event.key) * STEP);
        else if (event.key === '+' || event.key === '=') setBid(row, value + STEP);
        else if (event.key === '-') setBid(row, value - STEP);
        else if (event.key === 'n') setBid(row, -value);
        else if (event.key === 'c') setConflictFor(row);
        else return false;
        return true;
      })();
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bidOf, committeeId, conflictFor, current, focusRow, help, interests, open, setBid, visible]);

  const forbidden = (error as { status?: number } | null)?.status === 404;
  const done = visible.filter((row) => bidOf(row) !== null).length;
  const name = eventName ?? cfp?.title ?? '';
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={name ? translate('summitdesk.bidding.title_for', { name }) : 'summitdesk.bidding.title'} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('summitdesk.bidding.intro')}
      </Typography>
      {isPending ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {forbidden ? <Alert severity="info">{translate('summitdesk.bidding.not_member')}</Alert> : null}
      {cfp && !open && !forbidden ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('summitdesk.bidding.closed')}
        </Alert>
      ) : null}
      {rows ? (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
            <Typography sx={{ flexGrow: 1 }} role="status">
              {translate('summitdesk.bidding.progress', { done, total: visible.length })}
            </Typography>
            <TextField
              select
              size="small"
              label={translate('summitdesk.bidding.sort')}
              value={sort}
              onChange={(event) => setSort(event.target.value as SheetSort)}
              sx={{ minWidth: 220 }}
            >
              {(['id', 'topicMatch', 'bid', 'title'] as const).map((option) => (
                <MenuItem key={option} value={option}>
                  {translate(`summitdesk.bidding.sorts.${option}`)}
                </MenuItem>
              ))}
            </TextField>
            {committeeId !== undefined ? (
              <Button label="summitdesk.bidding.interests.open" onClick={() => setInterests(true)}>
                <TuneIcon />
              </Button>
            ) : null}
            <Button label="summitdesk.bidding.shortcuts_open" onClick={() => setHelp(true)}>
              <KeyboardIcon />
            </Button>
          </Stack>
          {visible.length === 0 ? <Alert severity="info">{translate('summitdesk.bidding.empty')}</Alert> : null}
          <Box component="ol" aria-label={translate('summitdesk.bidding.list_label')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {visible.map((row, index) => (
              <BidRow
                key={row.id}
                row={row}
                bid={bidOf(row)}
                state={states[row.id]}
                current={index === current}
                open={open}
                onFocus={() => setCurrent(index)}
                onBid={(value) => setBid(row, value)}
                onConflict={() => setConflictFor(row)}
                onRetry={() => setBid(row, bidOf(row) ?? 0)}
                ref={(element) => {
                  if (element) rowRefs.current.set(row.id, element);
                  else rowRefs.current.delete(row.id);
                }}
              />
            ))}
          </Box>
        </>
      ) : null}
      <Box aria-live="polite" sx={visuallyHidden}>
        {announcement}
      </Box>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      <ConflictDialog row={conflictFor} onCancel={() => setConflictFor(null)} onConfirm={declareConflict} />
      {committeeId !== undefined ? (
        <TopicInterestsDialog
          committeeId={committeeId}
          open={interests}
          onClose={(saved) => {
            setInterests(false);
            if (saved) void refetch();
          }}
        />
      ) : null}
    </Box>
  );
};

const visuallyHidden = {
  position: 'absolute',
  // Strings: in sx, a bare 1 would mean 100%.
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

type RowProps = {
  row: BidSheetRow;
  bid: number | null;
  state: SaveState | undefined;
  current: boolean;
  open: boolean;
  onFocus: () => void;
  onBid: (value: number) => void;
  onConflict: () => void;
  onRetry: () => void;
  ref: (element: HTMLElement | null) => void;
};

const BidRow = ({ row, bid, state, current, open, onFocus, onBid, onConflict, onRetry, ref }: RowProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (bid === null ? '' : String(bid));
  return (
    <Card
      component="li"
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={current ? 'true' : undefined}
      onFocus={onFocus}
      data-testid={`bid-row-${row.id}`}
      variant="outlined"
      sx={{ mb: 1, outline: 'none', borderColor: current ? 'primary.main' : undefined, borderWidth: current ? 2 : 1 }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 2, '&:last-child': { pb: 2 } }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography id={titleId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {row.title}
          </Typography>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', my: 0.5 }}>
            {row.track ? <Chip size="small" variant="outlined" label={`${translate('summitdesk.bidding.track')}: ${row.track}`} /> : null}
            <Chip size="small" variant="outlined" label={row.format} />
            {row.topics.map((topic) => (
              <Chip key={topic} size="small" label={topic} color={row.matchedTopics.includes(topic) ? 'primary' : 'default'} />
            ))}
          </Stack>
          {row.speakers.length ? (
            <Typography variant="body2">
              {translate('summitdesk.bidding.speakers')}:{' '}
              {row.speakers.map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name)).join(', ')}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {row.abstractExcerpt}
          </Typography>
          <Typography variant="caption" color={row.topicMatch > 0 ? 'primary' : 'text.secondary'}>
            {row.matchedTopics.length
              ? translate('summitdesk.bidding.match', { topics: row.matchedTopics.join(', ') })
              : translate('summitdesk.bidding.match_none')}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0, flexWrap: 'wrap' }} useFlexGap>
          <IconButton
            aria-label={translate('summitdesk.bidding.lower', { title: row.title })}
            disabled={!open || (bid ?? 0) <= MIN}
            onClick={() => onBid((bid ?? 0) - STEP)}
          >
            <RemoveIcon />
          </IconButton>
          <TextField
            size="small"
            type="number"
            label={translate('summitdesk.bidding.bid_value')}
            placeholder={translate('summitdesk.bidding.no_bid')}
            value={shown}
            disabled={!open}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => {
              if (draft !== null && draft !== '' && Number.isInteger(Number(draft))) onBid(Number(draft));
              setDraft(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
            }}
            slotProps={{
              htmlInput: { min: MIN, max: MAX, step: 1, 'aria-label': translate('summitdesk.bidding.bid_label', { title: row.title }) },
            }}
            sx={{ width: 96 }}
          />
          <IconButton
            aria-label={translate('summitdesk.bidding.raise', { title: row.title })}
            disabled={!open || (bid ?? 0) >= MAX}
            onClick={() => onBid((bid ?? 0) + STEP)}
          >
            <AddIcon />
          </IconButton>
          <Button
            label="summitdesk.bidding.conflict"
            color="warning"
            disabled={!open}
            onClick={onConflict}
            aria-label={translate('summitdesk.bidding.conflict_label', { title: row.title })}
          >
            <BlockIcon />
          </Button>
          <SavedState state={state} onRetry={onRetry} />
        </Stack>
      </CardContent>
    </Card>
  );
};

const SavedState = ({ state, onRetry }: { state: SaveState | undefined; onRetry: () => void }) => {
  const translate = useTranslate();
  if (!state) return <Box sx={{ minWidth: 80 }} />;
  if (state === 'error')
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="error">
          {translate('summitdesk.bidding.state.error')}
        </Typography>
        <Button label="summitdesk.bidding.retry" size="small" onClick={onRetry} />
      </Stack>
    );
  return (
    <Typography variant="body2" color={state === 'saved' ? 'success.main' : 'text.secondary'} sx={{ minWidth: 80 }} data-state={state}>
      {translate(`summitdesk.bidding.state.${state}`)}
    </Typography>
  );
};

const SHORTCUTS: Array<[string, string]> = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['0 1 2 3 4', 'digits'],
  ['+', 'raise'],
  ['−', 'lower'],
  ['n', 'negate'],
  ['c', 'conflict'],
  ['t', 'interests'],
  ['?', 'help'],
];

const ShortcutHelp = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('summitdesk.bidding.shortcuts')}</DialogTitle>
      <DialogContent>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
          {SHORTCUTS.map(([keys, action]) => (
            <Box key={action} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                {keys}
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {translate(`summitdesk.bidding.keys.${action}`)}
              </Box>
            </Box>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};

const ConflictDialog = ({
  row,
  onCancel,
  onConfirm,
}: {
  row: BidSheetRow | null;
  onCancel: () => void;
  onConfirm: (row: BidSheetRow) => void;
}) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={!!row} onClose={onCancel} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('summitdesk.bidding.conflict_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{row ? translate('summitdesk.bidding.conflict_body', { title: row.title }) : null}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onCancel} />
        <Button label="summitdesk.bidding.conflict_confirm" variant="contained" color="warning" onClick={() => row && onConfirm(row)} />
      </DialogActions>
    </Dialog>
  );
};
