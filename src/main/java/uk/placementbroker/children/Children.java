package uk.placementbroker.children;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Children extends CrudRepository<Child, Long> {

    /** Scoped to the council: another council's child is simply not found. */
    @Query("select * from children_child where id = :id and local_authority_id = :localAuthorityId")
    Optional<Child> findByIdAndLocalAuthorityId(long id, long localAuthorityId);
}
