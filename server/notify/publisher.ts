/** What the dispatcher needs from a message channel; SNS in every mode (see sns-publisher.ts). */
export interface Publisher {
  sendEmail(m: { to: string; subject: string; text: string; html?: string; kind: string; lang?: string }): Promise<string>;
  sendSms(m: { to: string; text: string; kind: string }): Promise<string>;
}
