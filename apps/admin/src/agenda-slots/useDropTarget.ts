import { useState, type DragEvent } from 'react';
import { DRAG_TYPE, type DraggedTalk } from './usePlacement';

// Native HTML5 drop handling for anything that accepts a dragged talk, with a flag for highlighting.
export function useDropTarget(onDrop: (talk: DraggedTalk) => void, enabled = true) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => enabled && event.dataTransfer.types.includes(DRAG_TYPE);
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        // Moving onto a child element is not leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        setOver(false);
        if (!accepts(event)) return;
        event.preventDefault();
        try {
          onDrop(JSON.parse(event.dataTransfer.getData(DRAG_TYPE)) as DraggedTalk);
        } catch {
          // Not one of our drags after all.
        }
      },
    },
  };
}
