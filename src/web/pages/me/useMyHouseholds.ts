import { useEffect, useState } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { MyHouseholds } from '../../api/directoryTypes.ts';

// One answer per signed-in user, shared by the navigation, the home page and the page itself.
const cache = new Map<string, Promise<MyHouseholds>>();

export function loadMyHouseholds(username: string): Promise<MyHouseholds> {
  let pending = cache.get(username);
  if (!pending) {
    pending = directoryApi.myHouseholds();
    // a failed probe is forgotten so the next render may try again
    pending.catch(() => cache.delete(username));
    cache.set(username, pending);
  }
  return pending;
}

/** Whether the user is a person of the directory, and whether they answer for households. */
export function useMyDirectoryPerson(username: string): {
  hasPerson: boolean;
  hasContacts: boolean;
} {
  const [state, setState] = useState({ hasPerson: false, hasContacts: false });
  useEffect(() => {
    let live = true;
    loadMyHouseholds(username).then(
      (mine) =>
        live &&
        setState({
          hasPerson: mine.person !== null,
          hasContacts: mine.contactHouseholds.length > 0,
        }),
      () => live && setState({ hasPerson: false, hasContacts: false }),
    );
    return () => {
      live = false;
    };
  }, [username]);
  return state;
}
