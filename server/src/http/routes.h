#pragma once

#include "http/router.h"
#include "http/services.h"

namespace resumax::http {

// The one route table of the API.
Router BuildRouter(Services& services);

// What a worker process serves: /healthz, /readyz, /metrics and the OpenAPI document.
Router BuildSystemRouter(Services& services);

}  // namespace resumax::http
