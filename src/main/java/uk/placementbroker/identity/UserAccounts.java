package uk.placementbroker.identity;

import org.springframework.data.repository.CrudRepository;

interface UserAccounts extends CrudRepository<UserAccount, Long> {}
