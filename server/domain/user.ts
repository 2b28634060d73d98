export type StaffRole = 'owner' | 'manager' | 'staff';

export interface RoleGrant {
  role: StaffRole;
  theaterIds: string[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  /** Booking messages also go by SMS to `phone` (opt-in; absent means no). */
  smsOptIn?: boolean;
  emailVerified: boolean;
  roles: RoleGrant[];
  /** The language pages, messages and tickets use for this person (absent: chosen from the browser). */
  language?: string;
  /** High contrast / larger text, as display-prefs.ts writes it (absent: not chosen). */
  display?: string;
  createdAt: string;
}

/** What the API shows of a user (API.md: `{id,email,name,emailVerified}` plus extras). */
export function publicUser(u: User) {
  return { id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerified };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
