import { Global, Module } from '@nestjs/common';
import { BudgetsController, LedgerEntriesController } from './budgets.controller.js';
import { BudgetsService } from './budgets.service.js';
import { LedgerService } from './ledger.service.js';

@Global()
@Module({ controllers: [BudgetsController, LedgerEntriesController], providers: [BudgetsService, LedgerService], exports: [LedgerService] })
export class BudgetsModule {}
