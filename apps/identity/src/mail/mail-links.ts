import { Injectable } from '@nestjs/common';
import { WebAppLinks } from '@careers/mail';

/** The links identity's mails carry. */
@Injectable()
export class MailLinks extends WebAppLinks {
  verifyEmail(token: string): string {
    return this.page('/verify-email', token);
  }

  resetPassword(token?: string): string {
    return this.page('/reset-password', token);
  }

  setPassword(token: string): string {
    return this.page('/set-password', token);
  }

  confirmEmailChange(token: string): string {
    return this.page('/confirm-email', token);
  }

  cancelEmailChange(token: string): string {
    return this.page('/cancel-email-change', token);
  }

  staffInvitations(): string {
    return this.page('/staff-invitations');
  }
}
