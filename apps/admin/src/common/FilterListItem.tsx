import { IconButton, ListItem, ListItemButton, ListItemText } from '@mui/material';
import CancelIcon from '@mui/icons-material/CancelOutlined';
import { useListFilterContext, useTranslate } from 'react-admin';

type FilterValue = Record<string, unknown>;
type Props = { label: string; value: FilterValue };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// Selected when every defined key of the item's value is in force (undefined keys only clear others).
const isSelected = (value: FilterValue, filters: FilterValue) =>
  Object.entries(value).every(([key, wanted]) => wanted === undefined || same(filters[key], wanted));

// react-admin's FilterListItem, with a name on its "remove this filter" button (upstream's has none,
// which axe-core reports as a serious violation) and the pressed state told to screen readers.
export const FilterListItem = ({ label, value }: Props) => {
  const { filterValues, setFilters } = useListFilterContext();
  const translate = useTranslate();
  const selected = isSelected(value, filterValues);
  const name = translate(label, { _: label });
  const toggle = () => {
    if (!selected) return setFilters({ ...filterValues, ...value });
    const without = Object.fromEntries(Object.entries(filterValues).filter(([key]) => !(key in value)));
    setFilters(without);
  };
  return (
    <ListItem
      disablePadding
      disableGutters
      secondaryAction={
        selected ? (
          <IconButton size="small" aria-label={`${translate('ra.action.remove_filter')}: ${name}`} onClick={toggle}>
            <CancelIcon />
          </IconButton>
        ) : null
      }
    >
      <ListItemButton onClick={toggle} selected={selected} aria-pressed={selected} sx={{ px: '2em' }}>
        <ListItemText primary={name} sx={{ m: 0 }} data-selected={selected ? 'true' : 'false'} />
      </ListItemButton>
    </ListItem>
  );
};
