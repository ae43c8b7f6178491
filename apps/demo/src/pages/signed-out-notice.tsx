import { Link } from '../navigation.js';

/** Shown by the seller pages when nobody is signed in. */
export function SignedOutNotice() {
  return (
    <p className="notice">
      No seller is signed in here. <Link to="/start">Open a shop</Link> first, or open a seller's dashboard
      from the <Link to="/admin">admin page</Link>.
    </p>
  );
}
