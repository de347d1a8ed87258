package uk.placementbroker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static resources under their own paths only (Spring Boot's catch-all {@code /**} mapping is off):
 * with it, every link drawn on a page was looked up as a possible file in the jars, which a load run
 * showed was the costliest part of a page. Webjar links are written without versions and resolved
 * once, then remembered.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final UnreadableInput unreadableInput;

    WebConfiguration(UnreadableInput unreadableInput) {
        this.unreadableInput = unreadableInput;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(unreadableInput);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        // GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/ on the site root.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/")
                .resourceChain(true);
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
    }
}
