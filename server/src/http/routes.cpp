#include "http/routes.h"

#include "http/handlers/handlers.h"

namespace resumax::http {

Router BuildRouter(Services& services) {
  Router router;
  AddSystemRoutes(router, services);
  AddAuthRoutes(router, services);
  AddUserRoutes(router, services);
  AddResumeRoutes(router, services);
  AddJobDescriptionRoutes(router, services);
  AddOptimizeRoutes(router, services);
  AddExportRoutes(router, services);
  AddStorageRoutes(router, services);
  AddAdminRoutes(router, services);
  AddBillingRoutes(router, services);
  return router;
}

Router BuildSystemRouter(Services& services) {
  Router router;
  AddSystemRoutes(router, services);
  return router;
}

}  // namespace resumax::http
