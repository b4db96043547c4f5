import type { EntityManager } from 'typeorm';

// The inventory's own SQL (inventory_item); where an item may be named elsewhere is read only to
// refuse deleting one that is in use.
export async function isItemInUse(manager: EntityManager, itemId: number): Promise<boolean> {
  const [{ used }] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM booth_proposal_material WHERE item_id = $1)
         OR EXISTS (SELECT 1 FROM stock_movement WHERE item_id = $1)
         OR EXISTS (SELECT 1 FROM shipment_line WHERE item_id = $1) AS used`,
    [itemId],
  );
  return Boolean(used);
}
