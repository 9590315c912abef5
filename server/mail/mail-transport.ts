import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

const globalForMail = globalThis as unknown as { marginaliaMail?: { url: string; transport: Transporter } };

/** The SMTP transport for `smtpUrl`, made once per process (a connection per email: a few a minute). */
export function mailTransport(smtpUrl: string): Transporter {
  if (globalForMail.marginaliaMail?.url !== smtpUrl)
    globalForMail.marginaliaMail = {
      url: smtpUrl,
      // Bounded waits: a slow or silent mail server fails the job (retried later), never hangs it.
      transport: nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      }),
    };
  return globalForMail.marginaliaMail.transport;
}
