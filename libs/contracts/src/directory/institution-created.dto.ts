export class InstitutionCreatedData {
  institutionId!: string;
  name!: string;
  website!: string | null;
  emailDomains!: string[];
  createdBy!: string;
}
