package uk.placementbroker.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.placementbroker.identity.signin.CouncilIdentityProvider;
import uk.placementbroker.identity.signin.LoginAttempts;

@Controller
class LoginController {

    private final CouncilIdentityProvider councilIdentityProvider;
    private final LoginAttempts loginAttempts;

    LoginController(CouncilIdentityProvider councilIdentityProvider, LoginAttempts loginAttempts) {
        this.councilIdentityProvider = councilIdentityProvider;
        this.loginAttempts = loginAttempts;
    }

    @GetMapping("/login")
    public String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String disabled,
            @RequestParam(required = false) String noAccount,
            @RequestParam(required = false) String councilError,
            Model model) {
        String problem = null;
        if (error != null) {
            problem = "Enter a correct username and password. After " + loginAttempts.maximumFailures()
                    + " wrong passwords in a row, signing in from here waits a few minutes, longer after each"
                    + " further wrong password; your administrator can end the wait.";
        } else if (disabled != null) {
            problem = "This account cannot sign in. Ask your administrator.";
        } else if (noAccount != null) {
            problem =
                    "Your council account is not set up in Placement Broker. Ask your administrator to add you, with your work email address.";
        } else if (councilError != null) {
            problem =
                    "Signing in with your council account did not work. Try again, or sign in with a username and password.";
        }
        model.addAttribute("problem", problem);
        model.addAttribute(
                "councilSignIn",
                councilIdentityProvider.configured()
                        ? "/oauth2/authorization/" + CouncilIdentityProvider.REGISTRATION_ID
                        : null);
        model.addAttribute("councilSignInLabel", councilIdentityProvider.buttonLabel());
        return "identity/login";
    }
}
