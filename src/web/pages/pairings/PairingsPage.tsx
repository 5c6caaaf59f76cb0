import { useLocation } from '../../router.tsx';
import { PairingDetailView } from './PairingDetailView.tsx';
import { PairingList } from './PairingList.tsx';

// 结对共建: the pairings the user works on or oversees, and one pairing (`?id=`) with its work plan.
export default function PairingsPage() {
  const id = useLocation().search.get('id');
  return id ? <PairingDetailView id={id} /> : <PairingList />;
}
