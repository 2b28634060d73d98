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
  createdAt: string;
}

/** What the API shows of a user (API.md: `{id,email,name,emailVerified}` plus extras). */
export function publicUser(u: User) {
  return { id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerified };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
