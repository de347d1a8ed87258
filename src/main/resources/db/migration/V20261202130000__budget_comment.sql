-- The head of service's reasons for approving or refusing the cost, shown with the decision on the choice page.
alter table brokerage_choice add column budget_comment text;
