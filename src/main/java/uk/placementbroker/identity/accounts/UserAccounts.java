package uk.placementbroker.identity.accounts;

import org.springframework.data.repository.CrudRepository;

public interface UserAccounts extends CrudRepository<UserAccount, Long> {}
