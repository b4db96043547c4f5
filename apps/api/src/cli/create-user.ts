import { RegisterSchema, RoleSchema } from '@summitdesk/contracts';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword, passwordWeakness } from '../auth/passwords.js';
import { AuditLogEntry } from '../audit-log/audit-log-entry.entity.js';
import { dataSourceOptions, migrate } from '../database/data-source.js';
import { UserEntity } from '../users/user.entity.js';
import { fail, withDatabase } from './with-database.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const usage = 'usage: npm run user:create -- --email E --name N [--role organizer|member] --password-stdin';

async function run() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'member' },
      'password-stdin': { type: 'boolean' },
    },
  });
  if (!values.email || !values.name || !values['password-stdin']) throw new Error(usage);
  const role = RoleSchema.safeParse(values.role);
  if (!role.success) throw new Error(`--role must be organizer or member\n${usage}`);
  const password = await readStdin();
  const input = RegisterSchema.safeParse({ email: values.email, name: values.name, password });
  if (!input.success) throw new Error(input.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  const weakness = passwordWeakness(password, [values.email, values.name]);
  if (weakness) throw new Error(`password: ${weakness}`);

  await withDatabase(async (target) => {
    await migrate(target);
    const dataSource = new DataSource(dataSourceOptions(target));
    await dataSource.initialize();
    try {
      await dataSource.transaction(async (manager) => {
        const exists = await manager
          .getRepository(UserEntity)
          .createQueryBuilder('user')
          .where('lower(user.email) = lower(:email)', { email: values.email })
          .getExists();
        if (exists) throw new Error(`A user with e-mail ${values.email} already exists`);
        const user = await manager.save(
          UserEntity,
          manager.create(UserEntity, {
            email: values.email,
            name: values.name,
            role: role.data,
            passwordHash: await hashPassword(password),
          }),
        );
        await manager.insert(AuditLogEntry, {
          entity: 'user',
          entityId: String(user.id),
          action: 'create',
          toState: role.data,
          note: 'created from the command line',
        });
        process.stdout.write(`Created ${role.data} ${user.email} (id ${user.id}).\n`);
      });
    } finally {
      await dataSource.destroy();
    }
  });
}

run().catch(fail);
