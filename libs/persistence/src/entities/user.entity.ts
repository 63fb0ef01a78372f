import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@app/domain';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Stored lower-cased, so the unique index is case-insensitive.
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  // Set while the account is deactivated: nobody signs in as it, its tokens are refused. Rows are never deleted
  // (verdicts, events and comments keep pointing at them).
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  // Carried in every token as `ver`; bumped when the password changes (or the account is deactivated), so
  // every token issued before is refused.
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;
}
