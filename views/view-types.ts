/** Shapes the views accept; the server maps its own records onto these. */
export type ViewUser = {
  name: string;
  email: string;
  emailVerified: boolean;
};

export type Flash = {
  kind: 'info' | 'error' | 'success';
  text: string;
};
