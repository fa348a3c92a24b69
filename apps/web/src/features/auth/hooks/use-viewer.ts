import { useContext } from 'react';
import { ViewerContext, type ViewerState } from '../lib/viewer-context';

/** Who is signed in (null for guests), from the ViewerProvider at the app's root. */
export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}
