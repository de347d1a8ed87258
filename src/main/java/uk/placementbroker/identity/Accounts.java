package uk.placementbroker.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.placementbroker.identity.accounts.AccountDirectory;
import uk.placementbroker.identity.accounts.StoredAccount;
import uk.placementbroker.identity.accounts.UserAccount;
import uk.placementbroker.identity.accounts.UserAccounts;
import uk.placementbroker.identity.signin.LoginAttempts;

/** Creating and changing accounts. Callers check {@link AccountDetails#problems} first; these methods refuse broken details. */
@Component
public class Accounts {

    private final UserAccounts userAccounts;
    private final AccountDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts loginAttempts;

    Accounts(
            UserAccounts userAccounts,
            AccountDirectory directory,
            PasswordEncoder passwordEncoder,
            LoginAttempts loginAttempts) {
        this.userAccounts = userAccounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.loginAttempts = loginAttempts;
    }

    @Transactional
    public long register(AccountDetails details) {
        return registerAll(List.of(details)).get(0);
    }

    /** Registers many accounts, hashing each distinct password once (hashing is deliberately slow). */
    @Transactional
    public List<Long> registerAll(List<AccountDetails> accounts) {
        Map<String, String> hashes = new HashMap<>();
        return accounts.stream()
                .map(details -> {
                    requireValid(details, true);
                    String hash =
                            details.password() == null || details.password().isEmpty()
                                    ? null
                                    : hashes.computeIfAbsent(details.password(), passwordEncoder::encode);
                    return userAccounts
                            .save(UserAccount.register(details, hash))
                            .id();
                })
                .toList();
    }

    @Transactional
    public void change(long accountId, AccountDetails details) {
        requireValid(details, false);
        UserAccount account = userAccounts.findById(accountId).orElseThrow();
        account.change(details);
        if (details.password() != null && !details.password().isEmpty()) {
            account.changePassword(passwordEncoder.encode(details.password()));
        }
        userAccounts.save(account);
    }

    /** Ends every pause wrong passwords put on signing in to the account. */
    @Transactional
    public void resumeSigningIn(long accountId) {
        loginAttempts.resume(userAccounts.findById(accountId).orElseThrow().username());
    }

    @Transactional
    public void enable(long accountId, boolean enabled) {
        UserAccount account = userAccounts.findById(accountId).orElseThrow();
        account.enable(enabled);
        userAccounts.save(account);
    }

    public boolean usernameTaken(String username) {
        return directory.byUsername(username).isPresent();
    }

    public Optional<CurrentUser> byUsername(String username) {
        return directory.byUsername(username).map(StoredAccount::user);
    }

    private static void requireValid(AccountDetails details, boolean newAccount) {
        Map<String, String> problems = details.problems(newAccount);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Account " + details.username() + " is not valid: " + problems.values());
        }
    }
}
