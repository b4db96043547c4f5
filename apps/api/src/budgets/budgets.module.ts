import { Global, Module } from '@nestjs/common';
import { BudgetsController, LedgerEntriesController } from './budgets.controller.js';
import { BudgetsService } from './budgets.service.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerService } from './ledger.service.js';

@Global()
@Module({
  controllers: [BudgetsController, LedgerEntriesController],
  providers: [BudgetsService, LedgerService, LedgerRepository],
  exports: [LedgerService],
})
export class BudgetsModule {}
