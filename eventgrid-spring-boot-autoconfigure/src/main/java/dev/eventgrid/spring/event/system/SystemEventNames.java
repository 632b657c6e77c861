/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.eventgrid.spring.event.system;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The type names of the system events that Azure services publish through Event Grid: one
 * constant per event type, grouped by the publishing service. Compare an incoming event's
 * {@code type} or {@code eventType} with {@link #isSystemEventType(String)} (which
 * ignores case, as Event Grid's own filters do), and read its typed data with
 * {@code CloudEvent.systemEventData()} or {@code EventGridEvent.systemEventData()}.
 * <p>
 * Names of retired services and of superseded preview events are kept as
 * {@link Deprecated @Deprecated} constants so that stored or replayed events are still
 * recognised.
 *
 * @author Event Grid for Spring Boot team
 * @since 0.1.0
 */
public final class SystemEventNames {

	/**
	 * A party (the owner of farm data) was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_PARTY_CHANGED = "Microsoft.AgFoodPlatform.PartyChanged";

	/**
	 * A farm was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_FARM_CHANGED_V2 = "Microsoft.AgFoodPlatform.FarmChangedV2";

	/**
	 * A field was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_FIELD_CHANGED_V2 = "Microsoft.AgFoodPlatform.FieldChangedV2";

	/**
	 * A season was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SEASON_CHANGED = "Microsoft.AgFoodPlatform.SeasonChanged";

	/**
	 * A seasonal field was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SEASONAL_FIELD_CHANGED_V2 = "Microsoft.AgFoodPlatform.SeasonalFieldChangedV2";

	/**
	 * A boundary was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_BOUNDARY_CHANGED_V2 = "Microsoft.AgFoodPlatform.BoundaryChangedV2";

	/**
	 * A crop was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_CROP_CHANGED = "Microsoft.AgFoodPlatform.CropChanged";

	/**
	 * A crop product was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_CROP_PRODUCT_CHANGED = "Microsoft.AgFoodPlatform.CropProductChanged";

	/**
	 * An attachment was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_ATTACHMENT_CHANGED_V2 = "Microsoft.AgFoodPlatform.AttachmentChangedV2";

	/**
	 * A management zone was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_MANAGEMENT_ZONE_CHANGED_V2 = "Microsoft.AgFoodPlatform.ManagementZoneChangedV2";

	/**
	 * A zone was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_ZONE_CHANGED_V2 = "Microsoft.AgFoodPlatform.ZoneChangedV2";

	/**
	 * The status of a satellite data ingestion job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SATELLITE_DATA_INGESTION_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.SatelliteDataIngestionJobStatusChangedV2";

	/**
	 * The status of a weather data ingestion job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_WEATHER_DATA_INGESTION_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.WeatherDataIngestionJobStatusChangedV2";

	/**
	 * The status of a weather data refresher job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_WEATHER_DATA_REFRESHER_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.WeatherDataRefresherJobStatusChangedV2";

	/**
	 * Application (farm activity) data was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_APPLICATION_DATA_CHANGED_V2 = "Microsoft.AgFoodPlatform.ApplicationDataChangedV2";

	/**
	 * Harvest data was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_HARVEST_DATA_CHANGED_V2 = "Microsoft.AgFoodPlatform.HarvestDataChangedV2";

	/**
	 * Tillage data was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_TILLAGE_DATA_CHANGED_V2 = "Microsoft.AgFoodPlatform.TillageDataChangedV2";

	/**
	 * Planting data was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_PLANTING_DATA_CHANGED_V2 = "Microsoft.AgFoodPlatform.PlantingDataChangedV2";

	/**
	 * The status of an image processing rasterize job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_IMAGE_PROCESSING_RASTERIZE_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.ImageProcessingRasterizeJobStatusChangedV2";

	/**
	 * The status of a farm operations data ingestion job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_FARM_OPERATION_DATA_INGESTION_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.FarmOperationDataIngestionJobStatusChangedV2";

	/**
	 * A sensor mapping was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SENSOR_MAPPING_CHANGED_V2 = "Microsoft.AgFoodPlatform.SensorMappingChangedV2";

	/**
	 * A sensor partner integration was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SENSOR_PARTNER_INTEGRATION_CHANGED_V2 = "Microsoft.AgFoodPlatform.SensorPartnerIntegrationChangedV2";

	/**
	 * A device data model was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_DEVICE_DATA_MODEL_CHANGED = "Microsoft.AgFoodPlatform.DeviceDataModelChanged";

	/**
	 * A device was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_DEVICE_CHANGED = "Microsoft.AgFoodPlatform.DeviceChanged";

	/**
	 * A sensor data model was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SENSOR_DATA_MODEL_CHANGED = "Microsoft.AgFoodPlatform.SensorDataModelChanged";

	/**
	 * A sensor was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SENSOR_CHANGED = "Microsoft.AgFoodPlatform.SensorChanged";

	/**
	 * A prescription was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_PRESCRIPTION_CHANGED_V2 = "Microsoft.AgFoodPlatform.PrescriptionChangedV2";

	/**
	 * A prescription map was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_PRESCRIPTION_MAP_CHANGED_V2 = "Microsoft.AgFoodPlatform.PrescriptionMapChangedV2";

	/**
	 * Plant tissue analysis data was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_PLANT_TISSUE_ANALYSIS_CHANGED_V2 = "Microsoft.AgFoodPlatform.PlantTissueAnalysisChangedV2";

	/**
	 * Nutrient analysis data was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_NUTRIENT_ANALYSIS_CHANGED_V2 = "Microsoft.AgFoodPlatform.NutrientAnalysisChangedV2";

	/**
	 * An insight was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_INSIGHT_CHANGED_V2 = "Microsoft.AgFoodPlatform.InsightChangedV2";

	/**
	 * An insight attachment was created, updated or deleted.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_INSIGHT_ATTACHMENT_CHANGED_V2 = "Microsoft.AgFoodPlatform.InsightAttachmentChangedV2";

	/**
	 * The status of a biomass model inference job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_BIOMASS_MODEL_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.BiomassModelJobStatusChangedV2";

	/**
	 * The status of a soil moisture model inference job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SOIL_MOISTURE_MODEL_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.SoilMoistureModelJobStatusChangedV2";

	/**
	 * The status of a sensor placement model inference job changed.
	 * @deprecated Azure Data Manager for Agriculture (preview) was retired on 1 September
	 * 2025 and publishes no events any more; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String AGRICULTURE_SENSOR_PLACEMENT_MODEL_JOB_STATUS_CHANGED_V2 = "Microsoft.AgFoodPlatform.SensorPlacementModelJobStatusChangedV2";

	/**
	 * An API definition was added to an API center.
	 */
	public static final String API_CENTER_API_DEFINITION_ADDED = "Microsoft.ApiCenter.ApiDefinitionAdded";

	/**
	 * An API definition in an API center was updated.
	 */
	public static final String API_CENTER_API_DEFINITION_UPDATED = "Microsoft.ApiCenter.ApiDefinitionUpdated";

	/**
	 * An API was created.
	 */
	public static final String API_MANAGEMENT_API_CREATED = "Microsoft.ApiManagement.APICreated";

	/**
	 * An API was updated.
	 */
	public static final String API_MANAGEMENT_API_UPDATED = "Microsoft.ApiManagement.APIUpdated";

	/**
	 * An API was deleted.
	 */
	public static final String API_MANAGEMENT_API_DELETED = "Microsoft.ApiManagement.APIDeleted";

	/**
	 * An API release was created.
	 */
	public static final String API_MANAGEMENT_API_RELEASE_CREATED = "Microsoft.ApiManagement.APIReleaseCreated";

	/**
	 * An API release was updated.
	 */
	public static final String API_MANAGEMENT_API_RELEASE_UPDATED = "Microsoft.ApiManagement.APIReleaseUpdated";

	/**
	 * An API release was deleted.
	 */
	public static final String API_MANAGEMENT_API_RELEASE_DELETED = "Microsoft.ApiManagement.APIReleaseDeleted";

	/**
	 * The circuit breaker of a backend opened.
	 */
	public static final String API_MANAGEMENT_CIRCUIT_BREAKER_OPENED = "Microsoft.ApiManagement.CircuitBreaker.Opened";

	/**
	 * The circuit breaker of a backend closed again.
	 */
	public static final String API_MANAGEMENT_CIRCUIT_BREAKER_CLOSED = "Microsoft.ApiManagement.CircuitBreaker.Closed";

	/**
	 * A self-hosted gateway was created.
	 */
	public static final String API_MANAGEMENT_GATEWAY_CREATED = "Microsoft.ApiManagement.GatewayCreated";

	/**
	 * A self-hosted gateway was updated.
	 */
	public static final String API_MANAGEMENT_GATEWAY_UPDATED = "Microsoft.ApiManagement.GatewayUpdated";

	/**
	 * A self-hosted gateway was deleted.
	 */
	public static final String API_MANAGEMENT_GATEWAY_DELETED = "Microsoft.ApiManagement.GatewayDeleted";

	/**
	 * An API was added to a self-hosted gateway.
	 */
	public static final String API_MANAGEMENT_GATEWAY_API_ADDED = "Microsoft.ApiManagement.GatewayAPIAdded";

	/**
	 * An API was removed from a self-hosted gateway.
	 */
	public static final String API_MANAGEMENT_GATEWAY_API_REMOVED = "Microsoft.ApiManagement.GatewayAPIRemoved";

	/**
	 * A certificate authority was added to a self-hosted gateway.
	 */
	public static final String API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_CREATED = "Microsoft.ApiManagement.GatewayCertificateAuthorityCreated";

	/**
	 * A certificate authority of a self-hosted gateway was updated.
	 */
	public static final String API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_UPDATED = "Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated";

	/**
	 * A certificate authority was removed from a self-hosted gateway.
	 */
	public static final String API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_DELETED = "Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted";

	/**
	 * A hostname configuration was added to a self-hosted gateway.
	 */
	public static final String API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_CREATED = "Microsoft.ApiManagement.GatewayHostnameConfigurationCreated";

	/**
	 * A hostname configuration of a self-hosted gateway was updated.
	 */
	public static final String API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_UPDATED = "Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated";

	/**
	 * A hostname configuration was removed from a self-hosted gateway.
	 */
	public static final String API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_DELETED = "Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted";

	/**
	 * The access token of a self-hosted gateway is about to expire.
	 */
	public static final String API_MANAGEMENT_GATEWAY_TOKEN_NEAR_EXPIRY = "Microsoft.ApiManagement.GatewayTokenNearExpiry";

	/**
	 * The access token of a self-hosted gateway expired.
	 */
	public static final String API_MANAGEMENT_GATEWAY_TOKEN_EXPIRED = "Microsoft.ApiManagement.GatewayTokenExpired";

	/**
	 * A product was created.
	 */
	public static final String API_MANAGEMENT_PRODUCT_CREATED = "Microsoft.ApiManagement.ProductCreated";

	/**
	 * A product was updated.
	 */
	public static final String API_MANAGEMENT_PRODUCT_UPDATED = "Microsoft.ApiManagement.ProductUpdated";

	/**
	 * A product was deleted.
	 */
	public static final String API_MANAGEMENT_PRODUCT_DELETED = "Microsoft.ApiManagement.ProductDeleted";

	/**
	 * An API Management subscription was created.
	 */
	public static final String API_MANAGEMENT_SUBSCRIPTION_CREATED = "Microsoft.ApiManagement.SubscriptionCreated";

	/**
	 * An API Management subscription was updated.
	 */
	public static final String API_MANAGEMENT_SUBSCRIPTION_UPDATED = "Microsoft.ApiManagement.SubscriptionUpdated";

	/**
	 * An API Management subscription was deleted.
	 */
	public static final String API_MANAGEMENT_SUBSCRIPTION_DELETED = "Microsoft.ApiManagement.SubscriptionDeleted";

	/**
	 * A developer-portal user was created.
	 */
	public static final String API_MANAGEMENT_USER_CREATED = "Microsoft.ApiManagement.UserCreated";

	/**
	 * A developer-portal user was updated.
	 */
	public static final String API_MANAGEMENT_USER_UPDATED = "Microsoft.ApiManagement.UserUpdated";

	/**
	 * A developer-portal user was deleted.
	 */
	public static final String API_MANAGEMENT_USER_DELETED = "Microsoft.ApiManagement.UserDeleted";

	/**
	 * A key-value was created or replaced.
	 */
	public static final String APP_CONFIGURATION_KEY_VALUE_MODIFIED = "Microsoft.AppConfiguration.KeyValueModified";

	/**
	 * A key-value was deleted.
	 */
	public static final String APP_CONFIGURATION_KEY_VALUE_DELETED = "Microsoft.AppConfiguration.KeyValueDeleted";

	/**
	 * A configuration snapshot was created.
	 */
	public static final String APP_CONFIGURATION_SNAPSHOT_CREATED = "Microsoft.AppConfiguration.SnapshotCreated";

	/**
	 * A configuration snapshot was modified, for example archived or recovered.
	 */
	public static final String APP_CONFIGURATION_SNAPSHOT_MODIFIED = "Microsoft.AppConfiguration.SnapshotModified";

	/**
	 * A private cloud update started.
	 */
	public static final String AVS_PRIVATE_CLOUD_UPDATING = "Microsoft.AVS.PrivateCloudUpdating";

	/**
	 * A private cloud was updated.
	 */
	public static final String AVS_PRIVATE_CLOUD_UPDATED = "Microsoft.AVS.PrivateCloudUpdated";

	/**
	 * A private cloud operation failed.
	 */
	public static final String AVS_PRIVATE_CLOUD_FAILED = "Microsoft.AVS.PrivateCloudFailed";

	/**
	 * A private cloud cluster was created.
	 */
	public static final String AVS_CLUSTER_CREATED = "Microsoft.AVS.ClusterCreated";

	/**
	 * A private cloud cluster update started.
	 */
	public static final String AVS_CLUSTER_UPDATING = "Microsoft.AVS.ClusterUpdating";

	/**
	 * A private cloud cluster was updated.
	 */
	public static final String AVS_CLUSTER_UPDATED = "Microsoft.AVS.ClusterUpdated";

	/**
	 * A private cloud cluster was deleted.
	 */
	public static final String AVS_CLUSTER_DELETED = "Microsoft.AVS.ClusterDeleted";

	/**
	 * A private cloud cluster operation failed.
	 */
	public static final String AVS_CLUSTER_FAILED = "Microsoft.AVS.ClusterFailed";

	/**
	 * A Run Command script execution started.
	 */
	public static final String AVS_SCRIPT_EXECUTION_STARTED = "Microsoft.AVS.ScriptExecutionStarted";

	/**
	 * A Run Command script execution finished.
	 */
	public static final String AVS_SCRIPT_EXECUTION_FINISHED = "Microsoft.AVS.ScriptExecutionFinished";

	/**
	 * A Run Command script execution failed.
	 */
	public static final String AVS_SCRIPT_EXECUTION_FAILED = "Microsoft.AVS.ScriptExecutionFailed";

	/**
	 * A Run Command script execution was cancelled.
	 */
	public static final String AVS_SCRIPT_EXECUTION_CANCELLED = "Microsoft.AVS.ScriptExecutionCancelled";

	/**
	 * Patching of a cache completed.
	 */
	public static final String REDIS_PATCHING_COMPLETED = "Microsoft.Cache.PatchingCompleted";

	/**
	 * Scaling of a cache completed.
	 */
	public static final String REDIS_SCALING_COMPLETED = "Microsoft.Cache.ScalingCompleted";

	/**
	 * An RDB import into a cache completed.
	 */
	public static final String REDIS_IMPORT_RDB_COMPLETED = "Microsoft.Cache.ImportRDBCompleted";

	/**
	 * An RDB export from a cache completed.
	 */
	public static final String REDIS_EXPORT_RDB_COMPLETED = "Microsoft.Cache.ExportRDBCompleted";

	/**
	 * A call is coming in to a Call Automation target.
	 */
	public static final String COMMUNICATION_INCOMING_CALL = "Microsoft.Communication.IncomingCall";

	/**
	 * A voice or video call started.
	 */
	public static final String COMMUNICATION_CALL_STARTED = "Microsoft.Communication.CallStarted";

	/**
	 * A voice or video call ended.
	 */
	public static final String COMMUNICATION_CALL_ENDED = "Microsoft.Communication.CallEnded";

	/**
	 * A participant joined a call.
	 */
	public static final String COMMUNICATION_CALL_PARTICIPANT_ADDED = "Microsoft.Communication.CallParticipantAdded";

	/**
	 * A participant left a call.
	 */
	public static final String COMMUNICATION_CALL_PARTICIPANT_REMOVED = "Microsoft.Communication.CallParticipantRemoved";

	/**
	 * A call recording file is available.
	 */
	public static final String COMMUNICATION_RECORDING_FILE_STATUS_UPDATED = "Microsoft.Communication.RecordingFileStatusUpdated";

	/**
	 * A chat user was disconnected.
	 */
	public static final String COMMUNICATION_USER_DISCONNECTED = "Microsoft.Communication.UserDisconnected";

	/**
	 * A chat message was received by a user.
	 */
	public static final String COMMUNICATION_CHAT_MESSAGE_RECEIVED = "Microsoft.Communication.ChatMessageReceived";

	/**
	 * A chat message was edited, seen by a user.
	 */
	public static final String COMMUNICATION_CHAT_MESSAGE_EDITED = "Microsoft.Communication.ChatMessageEdited";

	/**
	 * A chat message was deleted, seen by a user.
	 */
	public static final String COMMUNICATION_CHAT_MESSAGE_DELETED = "Microsoft.Communication.ChatMessageDeleted";

	/**
	 * A chat message was posted to a thread.
	 */
	public static final String COMMUNICATION_CHAT_MESSAGE_RECEIVED_IN_THREAD = "Microsoft.Communication.ChatMessageReceivedInThread";

	/**
	 * A chat message was edited in a thread.
	 */
	public static final String COMMUNICATION_CHAT_MESSAGE_EDITED_IN_THREAD = "Microsoft.Communication.ChatMessageEditedInThread";

	/**
	 * A chat message was deleted in a thread.
	 */
	public static final String COMMUNICATION_CHAT_MESSAGE_DELETED_IN_THREAD = "Microsoft.Communication.ChatMessageDeletedInThread";

	/**
	 * A chat thread was created.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_CREATED = "Microsoft.Communication.ChatThreadCreated";

	/**
	 * A chat thread was created with a user as a member.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_CREATED_WITH_USER = "Microsoft.Communication.ChatThreadCreatedWithUser";

	/**
	 * A chat thread was deleted.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_DELETED = "Microsoft.Communication.ChatThreadDeleted";

	/**
	 * A chat thread a user is a member of was deleted.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_WITH_USER_DELETED = "Microsoft.Communication.ChatThreadWithUserDeleted";

	/**
	 * The properties of a chat thread were updated.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_PROPERTIES_UPDATED = "Microsoft.Communication.ChatThreadPropertiesUpdated";

	/**
	 * The properties of a chat thread a user is a member of were updated.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_PROPERTIES_UPDATED_PER_USER = "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";

	/**
	 * A participant was added to a chat thread.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_PARTICIPANT_ADDED = "Microsoft.Communication.ChatThreadParticipantAdded";

	/**
	 * A participant was removed from a chat thread.
	 */
	public static final String COMMUNICATION_CHAT_THREAD_PARTICIPANT_REMOVED = "Microsoft.Communication.ChatThreadParticipantRemoved";

	/**
	 * A user was added to a chat thread, seen by that user.
	 */
	public static final String COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD_WITH_USER = "Microsoft.Communication.ChatParticipantAddedToThreadWithUser";

	/**
	 * A user was removed from a chat thread, seen by that user.
	 */
	public static final String COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD_WITH_USER = "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser";

	/**
	 * A bot command was received in a chat thread.
	 */
	public static final String COMMUNICATION_CHAT_AZURE_BOT_COMMAND_RECEIVED_IN_THREAD = "Microsoft.Communication.ChatAzureBotCommandReceivedInThread";

	/**
	 * A typing indicator was received in a chat thread.
	 */
	public static final String COMMUNICATION_CHAT_TYPING_INDICATOR_RECEIVED_IN_THREAD = "Microsoft.Communication.ChatTypingIndicatorReceivedInThread";

	/**
	 * A member was added to a chat thread (preview name).
	 * @deprecated a preview-era name that the service replaced with
	 * {@link #COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD_WITH_USER}; kept because the
	 * Azure SDKs still recognise it.
	 */
	@Deprecated
	public static final String COMMUNICATION_CHAT_MEMBER_ADDED_TO_THREAD_WITH_USER = "Microsoft.Communication.ChatMemberAddedToThreadWithUser";

	/**
	 * A member was removed from a chat thread (preview name).
	 * @deprecated a preview-era name that the service replaced with
	 * {@link #COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD_WITH_USER}; kept because
	 * the Azure SDKs still recognise it.
	 */
	@Deprecated
	public static final String COMMUNICATION_CHAT_MEMBER_REMOVED_FROM_THREAD_WITH_USER = "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser";

	/**
	 * A participant was added to a chat thread (preview name).
	 * @deprecated a preview-era name that the service replaced with
	 * {@link #COMMUNICATION_CHAT_THREAD_PARTICIPANT_ADDED}; kept because the .NET SDK
	 * lists it.
	 */
	@Deprecated
	public static final String COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD = "Microsoft.Communication.ChatParticipantAddedToThread";

	/**
	 * A participant was removed from a chat thread (preview name).
	 * @deprecated a preview-era name that the service replaced with
	 * {@link #COMMUNICATION_CHAT_THREAD_PARTICIPANT_REMOVED}; kept because the .NET SDK
	 * lists it.
	 */
	@Deprecated
	public static final String COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD = "Microsoft.Communication.ChatParticipantRemovedFromThread";

	/**
	 * An SMS message was received.
	 */
	public static final String COMMUNICATION_SMS_RECEIVED = "Microsoft.Communication.SMSReceived";

	/**
	 * A delivery report for a sent SMS message was received.
	 */
	public static final String COMMUNICATION_SMS_DELIVERY_REPORT_RECEIVED = "Microsoft.Communication.SMSDeliveryReportReceived";

	/**
	 * A delivery report for a sent email was received.
	 */
	public static final String COMMUNICATION_EMAIL_DELIVERY_REPORT_RECEIVED = "Microsoft.Communication.EmailDeliveryReportReceived";

	/**
	 * A recipient opened or clicked a sent email.
	 */
	public static final String COMMUNICATION_EMAIL_ENGAGEMENT_TRACKING_REPORT_RECEIVED = "Microsoft.Communication.EmailEngagementTrackingReportReceived";

	/**
	 * An Advanced Messaging (for example WhatsApp) message was received.
	 */
	public static final String COMMUNICATION_ADVANCED_MESSAGE_RECEIVED = "Microsoft.Communication.AdvancedMessageReceived";

	/**
	 * The delivery status of a sent Advanced Messaging message changed.
	 */
	public static final String COMMUNICATION_ADVANCED_MESSAGE_DELIVERY_STATUS_UPDATED = "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated";

	/**
	 * An AI analysis of a received Advanced Messaging message completed (preview;
	 * documented, not yet in the definitions).
	 */
	public static final String COMMUNICATION_ADVANCED_MESSAGE_ANALYSIS_COMPLETED = "Microsoft.Communication.AdvancedMessageAnalysisCompleted";

	/**
	 * Job Router received a job.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_RECEIVED = "Microsoft.Communication.RouterJobReceived";

	/**
	 * Job Router classified a job.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_CLASSIFIED = "Microsoft.Communication.RouterJobClassified";

	/**
	 * Job Router could not classify a job.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_CLASSIFICATION_FAILED = "Microsoft.Communication.RouterJobClassificationFailed";

	/**
	 * Job Router queued a job.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_QUEUED = "Microsoft.Communication.RouterJobQueued";

	/**
	 * A scheduled Job Router job is waiting for activation.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_WAITING_FOR_ACTIVATION = "Microsoft.Communication.RouterJobWaitingForActivation";

	/**
	 * Job Router could not schedule a job.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_SCHEDULING_FAILED = "Microsoft.Communication.RouterJobSchedulingFailed";

	/**
	 * The worker selectors of a Job Router job expired.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_WORKER_SELECTORS_EXPIRED = "Microsoft.Communication.RouterJobWorkerSelectorsExpired";

	/**
	 * An exception rule fired for a Job Router job.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_EXCEPTION_TRIGGERED = "Microsoft.Communication.RouterJobExceptionTriggered";

	/**
	 * A Job Router job was unassigned from its worker.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_UNASSIGNED = "Microsoft.Communication.RouterJobUnassigned";

	/**
	 * A Job Router job was completed.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_COMPLETED = "Microsoft.Communication.RouterJobCompleted";

	/**
	 * A Job Router job was closed.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_CLOSED = "Microsoft.Communication.RouterJobClosed";

	/**
	 * A Job Router job was cancelled.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_CANCELLED = "Microsoft.Communication.RouterJobCancelled";

	/**
	 * A Job Router job was deleted.
	 */
	public static final String COMMUNICATION_ROUTER_JOB_DELETED = "Microsoft.Communication.RouterJobDeleted";

	/**
	 * A Job Router worker registered.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_REGISTERED = "Microsoft.Communication.RouterWorkerRegistered";

	/**
	 * A Job Router worker was updated.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_UPDATED = "Microsoft.Communication.RouterWorkerUpdated";

	/**
	 * A Job Router worker deregistered.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_DEREGISTERED = "Microsoft.Communication.RouterWorkerDeregistered";

	/**
	 * A Job Router worker was deleted.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_DELETED = "Microsoft.Communication.RouterWorkerDeleted";

	/**
	 * Job Router offered a job to a worker.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_OFFER_ISSUED = "Microsoft.Communication.RouterWorkerOfferIssued";

	/**
	 * A worker accepted a Job Router offer.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_OFFER_ACCEPTED = "Microsoft.Communication.RouterWorkerOfferAccepted";

	/**
	 * A worker declined a Job Router offer.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_OFFER_DECLINED = "Microsoft.Communication.RouterWorkerOfferDeclined";

	/**
	 * A Job Router offer to a worker expired.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_OFFER_EXPIRED = "Microsoft.Communication.RouterWorkerOfferExpired";

	/**
	 * A Job Router offer to a worker was revoked.
	 */
	public static final String COMMUNICATION_ROUTER_WORKER_OFFER_REVOKED = "Microsoft.Communication.RouterWorkerOfferRevoked";

	/**
	 * A scale set lifecycle hook, such as an automatic OS upgrade, is waiting for
	 * approval (preview).
	 */
	public static final String COMPUTE_VIRTUAL_MACHINE_SCALE_SETS_LIFECYCLE_HOOK_EVENTS = "Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents";

	/**
	 * A container image was pushed.
	 */
	public static final String CONTAINER_REGISTRY_IMAGE_PUSHED = "Microsoft.ContainerRegistry.ImagePushed";

	/**
	 * A container image or manifest was deleted.
	 */
	public static final String CONTAINER_REGISTRY_IMAGE_DELETED = "Microsoft.ContainerRegistry.ImageDeleted";

	/**
	 * A Helm chart was pushed.
	 */
	public static final String CONTAINER_REGISTRY_CHART_PUSHED = "Microsoft.ContainerRegistry.ChartPushed";

	/**
	 * A Helm chart was deleted.
	 */
	public static final String CONTAINER_REGISTRY_CHART_DELETED = "Microsoft.ContainerRegistry.ChartDeleted";

	/**
	 * A new Kubernetes version is available for a cluster.
	 */
	public static final String CONTAINER_SERVICE_NEW_KUBERNETES_VERSION_AVAILABLE = "Microsoft.ContainerService.NewKubernetesVersionAvailable";

	/**
	 * Support for the Kubernetes version of a cluster is about to end.
	 */
	public static final String CONTAINER_SERVICE_CLUSTER_SUPPORT_ENDING = "Microsoft.ContainerService.ClusterSupportEnding";

	/**
	 * Support for the Kubernetes version of a cluster ended.
	 */
	public static final String CONTAINER_SERVICE_CLUSTER_SUPPORT_ENDED = "Microsoft.ContainerService.ClusterSupportEnded";

	/**
	 * A rolling update of a node pool started.
	 */
	public static final String CONTAINER_SERVICE_NODE_POOL_ROLLING_STARTED = "Microsoft.ContainerService.NodePoolRollingStarted";

	/**
	 * A rolling update of a node pool succeeded.
	 */
	public static final String CONTAINER_SERVICE_NODE_POOL_ROLLING_SUCCEEDED = "Microsoft.ContainerService.NodePoolRollingSucceeded";

	/**
	 * A rolling update of a node pool failed.
	 */
	public static final String CONTAINER_SERVICE_NODE_POOL_ROLLING_FAILED = "Microsoft.ContainerService.NodePoolRollingFailed";

	/**
	 * Copying data from a Data Box device started.
	 */
	public static final String DATA_BOX_COPY_STARTED = "Microsoft.DataBox.CopyStarted";

	/**
	 * Copying data from a Data Box device completed.
	 */
	public static final String DATA_BOX_COPY_COMPLETED = "Microsoft.DataBox.CopyCompleted";

	/**
	 * A Data Box order completed.
	 */
	public static final String DATA_BOX_ORDER_COMPLETED = "Microsoft.DataBox.OrderCompleted";

	/**
	 * A device was registered with an IoT hub.
	 */
	public static final String IOT_HUB_DEVICE_CREATED = "Microsoft.Devices.DeviceCreated";

	/**
	 * A device was removed from an IoT hub.
	 */
	public static final String IOT_HUB_DEVICE_DELETED = "Microsoft.Devices.DeviceDeleted";

	/**
	 * A device connected to an IoT hub.
	 */
	public static final String IOT_HUB_DEVICE_CONNECTED = "Microsoft.Devices.DeviceConnected";

	/**
	 * A device disconnected from an IoT hub.
	 */
	public static final String IOT_HUB_DEVICE_DISCONNECTED = "Microsoft.Devices.DeviceDisconnected";

	/**
	 * A device sent a telemetry message.
	 */
	public static final String IOT_HUB_DEVICE_TELEMETRY = "Microsoft.Devices.DeviceTelemetry";

	/**
	 * A solution version was published and awaits external validation.
	 */
	public static final String EDGE_SOLUTION_VERSION_PUBLISHED = "Microsoft.Edge.SolutionVersionPublished";

	/**
	 * Event Grid asks a webhook endpoint to validate a new event subscription.
	 */
	public static final String EVENT_GRID_SUBSCRIPTION_VALIDATION = "Microsoft.EventGrid.SubscriptionValidationEvent";

	/**
	 * An event subscription was deleted.
	 */
	public static final String EVENT_GRID_SUBSCRIPTION_DELETED = "Microsoft.EventGrid.SubscriptionDeletedEvent";

	/**
	 * An MQTT client of a namespace was created or updated.
	 */
	public static final String EVENT_GRID_MQTT_CLIENT_CREATED_OR_UPDATED = "Microsoft.EventGrid.MQTTClientCreatedOrUpdated";

	/**
	 * An MQTT client of a namespace was deleted.
	 */
	public static final String EVENT_GRID_MQTT_CLIENT_DELETED = "Microsoft.EventGrid.MQTTClientDeleted";

	/**
	 * An MQTT client session connected to a namespace.
	 */
	public static final String EVENT_GRID_MQTT_CLIENT_SESSION_CONNECTED = "Microsoft.EventGrid.MQTTClientSessionConnected";

	/**
	 * An MQTT client session disconnected from a namespace.
	 */
	public static final String EVENT_GRID_MQTT_CLIENT_SESSION_DISCONNECTED = "Microsoft.EventGrid.MQTTClientSessionDisconnected";

	/**
	 * Event Hubs Capture wrote a file.
	 */
	public static final String EVENT_HUB_CAPTURE_FILE_CREATED = "Microsoft.EventHub.CaptureFileCreated";

	/**
	 * A FHIR resource was created.
	 */
	public static final String HEALTHCARE_FHIR_RESOURCE_CREATED = "Microsoft.HealthcareApis.FhirResourceCreated";

	/**
	 * A FHIR resource was updated.
	 */
	public static final String HEALTHCARE_FHIR_RESOURCE_UPDATED = "Microsoft.HealthcareApis.FhirResourceUpdated";

	/**
	 * A FHIR resource was deleted (soft deletion included).
	 */
	public static final String HEALTHCARE_FHIR_RESOURCE_DELETED = "Microsoft.HealthcareApis.FhirResourceDeleted";

	/**
	 * A DICOM image was created.
	 */
	public static final String HEALTHCARE_DICOM_IMAGE_CREATED = "Microsoft.HealthcareApis.DicomImageCreated";

	/**
	 * A DICOM image was updated.
	 */
	public static final String HEALTHCARE_DICOM_IMAGE_UPDATED = "Microsoft.HealthcareApis.DicomImageUpdated";

	/**
	 * A DICOM image was deleted.
	 */
	public static final String HEALTHCARE_DICOM_IMAGE_DELETED = "Microsoft.HealthcareApis.DicomImageDeleted";

	/**
	 * A new version of a certificate was created.
	 */
	public static final String KEY_VAULT_CERTIFICATE_NEW_VERSION_CREATED = "Microsoft.KeyVault.CertificateNewVersionCreated";

	/**
	 * The current version of a certificate is about to expire.
	 */
	public static final String KEY_VAULT_CERTIFICATE_NEAR_EXPIRY = "Microsoft.KeyVault.CertificateNearExpiry";

	/**
	 * The current version of a certificate expired.
	 */
	public static final String KEY_VAULT_CERTIFICATE_EXPIRED = "Microsoft.KeyVault.CertificateExpired";

	/**
	 * A new version of a key was created.
	 */
	public static final String KEY_VAULT_KEY_NEW_VERSION_CREATED = "Microsoft.KeyVault.KeyNewVersionCreated";

	/**
	 * The current version of a key is about to expire.
	 */
	public static final String KEY_VAULT_KEY_NEAR_EXPIRY = "Microsoft.KeyVault.KeyNearExpiry";

	/**
	 * The current version of a key expired.
	 */
	public static final String KEY_VAULT_KEY_EXPIRED = "Microsoft.KeyVault.KeyExpired";

	/**
	 * A new version of a secret was created.
	 */
	public static final String KEY_VAULT_SECRET_NEW_VERSION_CREATED = "Microsoft.KeyVault.SecretNewVersionCreated";

	/**
	 * The current version of a secret is about to expire.
	 */
	public static final String KEY_VAULT_SECRET_NEAR_EXPIRY = "Microsoft.KeyVault.SecretNearExpiry";

	/**
	 * The current version of a secret expired.
	 */
	public static final String KEY_VAULT_SECRET_EXPIRED = "Microsoft.KeyVault.SecretExpired";

	/**
	 * The access policy of a vault changed.
	 */
	public static final String KEY_VAULT_VAULT_ACCESS_POLICY_CHANGED = "Microsoft.KeyVault.VaultAccessPolicyChanged";

	/**
	 * A model was registered in a workspace.
	 */
	public static final String MACHINE_LEARNING_MODEL_REGISTERED = "Microsoft.MachineLearningServices.ModelRegistered";

	/**
	 * A model was deployed to an endpoint.
	 */
	public static final String MACHINE_LEARNING_MODEL_DEPLOYED = "Microsoft.MachineLearningServices.ModelDeployed";

	/**
	 * A run completed.
	 */
	public static final String MACHINE_LEARNING_RUN_COMPLETED = "Microsoft.MachineLearningServices.RunCompleted";

	/**
	 * The status of a run changed.
	 */
	public static final String MACHINE_LEARNING_RUN_STATUS_CHANGED = "Microsoft.MachineLearningServices.RunStatusChanged";

	/**
	 * A data drift monitor detected drift.
	 */
	public static final String MACHINE_LEARNING_DATASET_DRIFT_DETECTED = "Microsoft.MachineLearningServices.DatasetDriftDetected";

	/**
	 * A device entered a geofence.
	 */
	public static final String MAPS_GEOFENCE_ENTERED = "Microsoft.Maps.GeofenceEntered";

	/**
	 * A device left a geofence.
	 */
	public static final String MAPS_GEOFENCE_EXITED = "Microsoft.Maps.GeofenceExited";

	/**
	 * A geofencing query returned a result.
	 */
	public static final String MAPS_GEOFENCE_RESULT = "Microsoft.Maps.GeofenceResult";

	/**
	 * The state of an encoding job changed.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_STATE_CHANGE = "Microsoft.Media.JobStateChange";

	/**
	 * An encoding job was scheduled.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_SCHEDULED = "Microsoft.Media.JobScheduled";

	/**
	 * An encoding job started processing.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_PROCESSING = "Microsoft.Media.JobProcessing";

	/**
	 * An encoding job is being cancelled.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_CANCELING = "Microsoft.Media.JobCanceling";

	/**
	 * An encoding job was cancelled.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_CANCELED = "Microsoft.Media.JobCanceled";

	/**
	 * An encoding job finished.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_FINISHED = "Microsoft.Media.JobFinished";

	/**
	 * An encoding job failed.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_ERRORED = "Microsoft.Media.JobErrored";

	/**
	 * The state of an encoding job output changed.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_STATE_CHANGE = "Microsoft.Media.JobOutputStateChange";

	/**
	 * An encoding job output was scheduled.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_SCHEDULED = "Microsoft.Media.JobOutputScheduled";

	/**
	 * An encoding job output started processing.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_PROCESSING = "Microsoft.Media.JobOutputProcessing";

	/**
	 * An encoding job output reported progress.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_PROGRESS = "Microsoft.Media.JobOutputProgress";

	/**
	 * An encoding job output is being cancelled.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_CANCELING = "Microsoft.Media.JobOutputCanceling";

	/**
	 * An encoding job output was cancelled.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_CANCELED = "Microsoft.Media.JobOutputCanceled";

	/**
	 * An encoding job output finished.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_FINISHED = "Microsoft.Media.JobOutputFinished";

	/**
	 * An encoding job output failed.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_JOB_OUTPUT_ERRORED = "Microsoft.Media.JobOutputErrored";

	/**
	 * A live event rejected an encoder connection.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_CONNECTION_REJECTED = "Microsoft.Media.LiveEventConnectionRejected";

	/**
	 * An encoder connected to a live event.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_ENCODER_CONNECTED = "Microsoft.Media.LiveEventEncoderConnected";

	/**
	 * An encoder disconnected from a live event.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_ENCODER_DISCONNECTED = "Microsoft.Media.LiveEventEncoderDisconnected";

	/**
	 * A live event received an incoming stream.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_INCOMING_STREAM_RECEIVED = "Microsoft.Media.LiveEventIncomingStreamReceived";

	/**
	 * The incoming streams of a live event went out of sync.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_INCOMING_STREAMS_OUT_OF_SYNC = "Microsoft.Media.LiveEventIncomingStreamsOutOfSync";

	/**
	 * The incoming video streams of a live event went out of sync.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_INCOMING_VIDEO_STREAMS_OUT_OF_SYNC = "Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync";

	/**
	 * A live event dropped an incoming data chunk.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_INCOMING_DATA_CHUNK_DROPPED = "Microsoft.Media.LiveEventIncomingDataChunkDropped";

	/**
	 * A live event reported its ingest heartbeat.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_INGEST_HEARTBEAT = "Microsoft.Media.LiveEventIngestHeartbeat";

	/**
	 * A live event reported its archive heartbeat.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_CHANNEL_ARCHIVE_HEARTBEAT = "Microsoft.Media.LiveEventChannelArchiveHeartbeat";

	/**
	 * A live event detected a track discontinuity.
	 * @deprecated Azure Media Services was retired on 30 June 2024 and its events are no
	 * longer in the 2024-01-01 definitions; kept so that stored or replayed events are
	 * still recognised.
	 */
	@Deprecated
	public static final String MEDIA_LIVE_EVENT_TRACK_DISCONTINUITY_DETECTED = "Microsoft.Media.LiveEventTrackDiscontinuityDetected";

	/**
	 * A policy compliance state was created.
	 */
	public static final String POLICY_INSIGHTS_POLICY_STATE_CREATED = "Microsoft.PolicyInsights.PolicyStateCreated";

	/**
	 * A policy compliance state changed.
	 */
	public static final String POLICY_INSIGHTS_POLICY_STATE_CHANGED = "Microsoft.PolicyInsights.PolicyStateChanged";

	/**
	 * A policy compliance state was deleted.
	 */
	public static final String POLICY_INSIGHTS_POLICY_STATE_DELETED = "Microsoft.PolicyInsights.PolicyStateDeleted";

	/**
	 * A resource was created or updated (resource notification).
	 */
	public static final String RESOURCE_NOTIFICATIONS_RESOURCES_CREATED_OR_UPDATED = "Microsoft.ResourceNotifications.Resources.CreatedOrUpdated";

	/**
	 * A resource was deleted (resource notification).
	 */
	public static final String RESOURCE_NOTIFICATIONS_RESOURCES_DELETED = "Microsoft.ResourceNotifications.Resources.Deleted";

	/**
	 * The Resource Health availability status of a resource changed.
	 */
	public static final String RESOURCE_NOTIFICATIONS_HEALTH_RESOURCES_AVAILABILITY_STATUS_CHANGED = "Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged";

	/**
	 * Resource Health annotated a resource, for example with the cause of an outage.
	 */
	public static final String RESOURCE_NOTIFICATIONS_HEALTH_RESOURCES_RESOURCE_ANNOTATED = "Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated";

	/**
	 * A scheduled event, such as an automatic upgrade, was emitted for an AKS cluster
	 * (preview).
	 */
	public static final String RESOURCE_NOTIFICATIONS_CONTAINER_SERVICE_EVENT_RESOURCES_SCHEDULED_EVENT_EMITTED = "Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted";

	/**
	 * A Kubernetes Fleet Manager update run reached an approval gate (preview).
	 */
	public static final String RESOURCE_NOTIFICATIONS_AKS_RESOURCES_FLEET_GATE_CREATED = "Microsoft.ResourceNotifications.AKSResources.FleetGateCreated";

	/**
	 * The state of a Kubernetes Fleet Manager approval gate changed (preview).
	 */
	public static final String RESOURCE_NOTIFICATIONS_AKS_RESOURCES_FLEET_GATE_UPDATED = "Microsoft.ResourceNotifications.AKSResources.FleetGateUpdated";

	/**
	 * A Kubernetes Fleet Manager update run holding an approval gate was deleted
	 * (preview).
	 */
	public static final String RESOURCE_NOTIFICATIONS_AKS_RESOURCES_FLEET_GATE_DELETED = "Microsoft.ResourceNotifications.AKSResources.FleetGateDeleted";

	/**
	 * A resource create or update succeeded.
	 */
	public static final String RESOURCE_WRITE_SUCCESS = "Microsoft.Resources.ResourceWriteSuccess";

	/**
	 * A resource create or update failed.
	 */
	public static final String RESOURCE_WRITE_FAILURE = "Microsoft.Resources.ResourceWriteFailure";

	/**
	 * A resource create or update was cancelled.
	 */
	public static final String RESOURCE_WRITE_CANCEL = "Microsoft.Resources.ResourceWriteCancel";

	/**
	 * A resource delete succeeded.
	 */
	public static final String RESOURCE_DELETE_SUCCESS = "Microsoft.Resources.ResourceDeleteSuccess";

	/**
	 * A resource delete failed.
	 */
	public static final String RESOURCE_DELETE_FAILURE = "Microsoft.Resources.ResourceDeleteFailure";

	/**
	 * A resource delete was cancelled.
	 */
	public static final String RESOURCE_DELETE_CANCEL = "Microsoft.Resources.ResourceDeleteCancel";

	/**
	 * A resource action, such as listing keys, succeeded.
	 */
	public static final String RESOURCE_ACTION_SUCCESS = "Microsoft.Resources.ResourceActionSuccess";

	/**
	 * A resource action failed.
	 */
	public static final String RESOURCE_ACTION_FAILURE = "Microsoft.Resources.ResourceActionFailure";

	/**
	 * A resource action was cancelled.
	 */
	public static final String RESOURCE_ACTION_CANCEL = "Microsoft.Resources.ResourceActionCancel";

	/**
	 * A queue or subscription has active messages and no receiver is listening.
	 */
	public static final String SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_WITH_NO_LISTENERS = "Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners";

	/**
	 * A dead-letter queue has messages and no receiver is listening.
	 */
	public static final String SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_WITH_NO_LISTENERS = "Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners";

	/**
	 * A queue or subscription still has active messages (periodic reminder).
	 */
	public static final String SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS = "Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications";

	/**
	 * A dead-letter queue still has messages (periodic reminder).
	 */
	public static final String SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS = "Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications";

	/**
	 * A client connected to a hub.
	 */
	public static final String SIGNALR_SERVICE_CLIENT_CONNECTION_CONNECTED = "Microsoft.SignalRService.ClientConnectionConnected";

	/**
	 * A client disconnected from a hub.
	 */
	public static final String SIGNALR_SERVICE_CLIENT_CONNECTION_DISCONNECTED = "Microsoft.SignalRService.ClientConnectionDisconnected";

	/**
	 * A blob was created or replaced.
	 */
	public static final String STORAGE_BLOB_CREATED = "Microsoft.Storage.BlobCreated";

	/**
	 * A blob was deleted.
	 */
	public static final String STORAGE_BLOB_DELETED = "Microsoft.Storage.BlobDeleted";

	/**
	 * A blob was renamed (hierarchical namespace).
	 */
	public static final String STORAGE_BLOB_RENAMED = "Microsoft.Storage.BlobRenamed";

	/**
	 * The access tier of a blob changed.
	 */
	public static final String STORAGE_BLOB_TIER_CHANGED = "Microsoft.Storage.BlobTierChanged";

	/**
	 * An asynchronous operation, such as rehydrating or copying an archived blob,
	 * started.
	 */
	public static final String STORAGE_ASYNC_OPERATION_INITIATED = "Microsoft.Storage.AsyncOperationInitiated";

	/**
	 * A directory was created (hierarchical namespace).
	 */
	public static final String STORAGE_DIRECTORY_CREATED = "Microsoft.Storage.DirectoryCreated";

	/**
	 * A directory was renamed (hierarchical namespace).
	 */
	public static final String STORAGE_DIRECTORY_RENAMED = "Microsoft.Storage.DirectoryRenamed";

	/**
	 * A directory was deleted (hierarchical namespace).
	 */
	public static final String STORAGE_DIRECTORY_DELETED = "Microsoft.Storage.DirectoryDeleted";

	/**
	 * A blob inventory run completed.
	 */
	public static final String STORAGE_BLOB_INVENTORY_POLICY_COMPLETED = "Microsoft.Storage.BlobInventoryPolicyCompleted";

	/**
	 * A lifecycle management policy run completed.
	 */
	public static final String STORAGE_LIFECYCLE_POLICY_COMPLETED = "Microsoft.Storage.LifecyclePolicyCompleted";

	/**
	 * A storage task run was queued.
	 */
	public static final String STORAGE_TASK_QUEUED = "Microsoft.Storage.StorageTaskQueued";

	/**
	 * A storage task run completed.
	 */
	public static final String STORAGE_TASK_COMPLETED = "Microsoft.Storage.StorageTaskCompleted";

	/**
	 * A storage task assignment run was queued.
	 */
	public static final String STORAGE_TASK_ASSIGNMENT_QUEUED = "Microsoft.Storage.StorageTaskAssignmentQueued";

	/**
	 * A storage task assignment run completed.
	 */
	public static final String STORAGE_TASK_ASSIGNMENT_COMPLETED = "Microsoft.Storage.StorageTaskAssignmentCompleted";

	/**
	 * A storage task assignment run was queued, under the name the Storage Actions
	 * documentation gives.
	 */
	public static final String STORAGE_ACTIONS_STORAGE_TASK_QUEUED = "Microsoft.StorageActions.StorageTaskQueued";

	/**
	 * A storage task assignment run completed, under the name the Storage Actions
	 * documentation gives.
	 */
	public static final String STORAGE_ACTIONS_STORAGE_TASK_COMPLETED = "Microsoft.StorageActions.StorageTaskCompleted";

	/**
	 * A web app was restarted, stopped or had its app settings changed.
	 */
	public static final String WEB_APP_UPDATED = "Microsoft.Web.AppUpdated";

	/**
	 * An App Service plan was updated.
	 */
	public static final String WEB_APP_SERVICE_PLAN_UPDATED = "Microsoft.Web.AppServicePlanUpdated";

	/**
	 * A backup of a web app started.
	 */
	public static final String WEB_BACKUP_OPERATION_STARTED = "Microsoft.Web.BackupOperationStarted";

	/**
	 * A backup of a web app completed.
	 */
	public static final String WEB_BACKUP_OPERATION_COMPLETED = "Microsoft.Web.BackupOperationCompleted";

	/**
	 * A backup of a web app failed.
	 */
	public static final String WEB_BACKUP_OPERATION_FAILED = "Microsoft.Web.BackupOperationFailed";

	/**
	 * A restore of a web app from a backup started.
	 */
	public static final String WEB_RESTORE_OPERATION_STARTED = "Microsoft.Web.RestoreOperationStarted";

	/**
	 * A restore of a web app from a backup completed.
	 */
	public static final String WEB_RESTORE_OPERATION_COMPLETED = "Microsoft.Web.RestoreOperationCompleted";

	/**
	 * A restore of a web app from a backup failed.
	 */
	public static final String WEB_RESTORE_OPERATION_FAILED = "Microsoft.Web.RestoreOperationFailed";

	/**
	 * A deployment slot swap started.
	 */
	public static final String WEB_SLOT_SWAP_STARTED = "Microsoft.Web.SlotSwapStarted";

	/**
	 * A deployment slot swap completed.
	 */
	public static final String WEB_SLOT_SWAP_COMPLETED = "Microsoft.Web.SlotSwapCompleted";

	/**
	 * A deployment slot swap failed.
	 */
	public static final String WEB_SLOT_SWAP_FAILED = "Microsoft.Web.SlotSwapFailed";

	/**
	 * A deployment slot swap with preview started.
	 */
	public static final String WEB_SLOT_SWAP_WITH_PREVIEW_STARTED = "Microsoft.Web.SlotSwapWithPreviewStarted";

	/**
	 * A deployment slot swap with preview was cancelled.
	 */
	public static final String WEB_SLOT_SWAP_WITH_PREVIEW_CANCELLED = "Microsoft.Web.SlotSwapWithPreviewCancelled";

	private static final Set<String> ALL = names(AGRICULTURE_PARTY_CHANGED, AGRICULTURE_FARM_CHANGED_V2,
			AGRICULTURE_FIELD_CHANGED_V2, AGRICULTURE_SEASON_CHANGED, AGRICULTURE_SEASONAL_FIELD_CHANGED_V2,
			AGRICULTURE_BOUNDARY_CHANGED_V2, AGRICULTURE_CROP_CHANGED, AGRICULTURE_CROP_PRODUCT_CHANGED,
			AGRICULTURE_ATTACHMENT_CHANGED_V2, AGRICULTURE_MANAGEMENT_ZONE_CHANGED_V2, AGRICULTURE_ZONE_CHANGED_V2,
			AGRICULTURE_SATELLITE_DATA_INGESTION_JOB_STATUS_CHANGED_V2,
			AGRICULTURE_WEATHER_DATA_INGESTION_JOB_STATUS_CHANGED_V2,
			AGRICULTURE_WEATHER_DATA_REFRESHER_JOB_STATUS_CHANGED_V2, AGRICULTURE_APPLICATION_DATA_CHANGED_V2,
			AGRICULTURE_HARVEST_DATA_CHANGED_V2, AGRICULTURE_TILLAGE_DATA_CHANGED_V2,
			AGRICULTURE_PLANTING_DATA_CHANGED_V2, AGRICULTURE_IMAGE_PROCESSING_RASTERIZE_JOB_STATUS_CHANGED_V2,
			AGRICULTURE_FARM_OPERATION_DATA_INGESTION_JOB_STATUS_CHANGED_V2, AGRICULTURE_SENSOR_MAPPING_CHANGED_V2,
			AGRICULTURE_SENSOR_PARTNER_INTEGRATION_CHANGED_V2, AGRICULTURE_DEVICE_DATA_MODEL_CHANGED,
			AGRICULTURE_DEVICE_CHANGED, AGRICULTURE_SENSOR_DATA_MODEL_CHANGED, AGRICULTURE_SENSOR_CHANGED,
			AGRICULTURE_PRESCRIPTION_CHANGED_V2, AGRICULTURE_PRESCRIPTION_MAP_CHANGED_V2,
			AGRICULTURE_PLANT_TISSUE_ANALYSIS_CHANGED_V2, AGRICULTURE_NUTRIENT_ANALYSIS_CHANGED_V2,
			AGRICULTURE_INSIGHT_CHANGED_V2, AGRICULTURE_INSIGHT_ATTACHMENT_CHANGED_V2,
			AGRICULTURE_BIOMASS_MODEL_JOB_STATUS_CHANGED_V2, AGRICULTURE_SOIL_MOISTURE_MODEL_JOB_STATUS_CHANGED_V2,
			AGRICULTURE_SENSOR_PLACEMENT_MODEL_JOB_STATUS_CHANGED_V2, API_CENTER_API_DEFINITION_ADDED,
			API_CENTER_API_DEFINITION_UPDATED, API_MANAGEMENT_API_CREATED, API_MANAGEMENT_API_UPDATED,
			API_MANAGEMENT_API_DELETED, API_MANAGEMENT_API_RELEASE_CREATED, API_MANAGEMENT_API_RELEASE_UPDATED,
			API_MANAGEMENT_API_RELEASE_DELETED, API_MANAGEMENT_CIRCUIT_BREAKER_OPENED,
			API_MANAGEMENT_CIRCUIT_BREAKER_CLOSED, API_MANAGEMENT_GATEWAY_CREATED, API_MANAGEMENT_GATEWAY_UPDATED,
			API_MANAGEMENT_GATEWAY_DELETED, API_MANAGEMENT_GATEWAY_API_ADDED, API_MANAGEMENT_GATEWAY_API_REMOVED,
			API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_CREATED, API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_UPDATED,
			API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_DELETED, API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_CREATED,
			API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_UPDATED,
			API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_DELETED, API_MANAGEMENT_GATEWAY_TOKEN_NEAR_EXPIRY,
			API_MANAGEMENT_GATEWAY_TOKEN_EXPIRED, API_MANAGEMENT_PRODUCT_CREATED, API_MANAGEMENT_PRODUCT_UPDATED,
			API_MANAGEMENT_PRODUCT_DELETED, API_MANAGEMENT_SUBSCRIPTION_CREATED, API_MANAGEMENT_SUBSCRIPTION_UPDATED,
			API_MANAGEMENT_SUBSCRIPTION_DELETED, API_MANAGEMENT_USER_CREATED, API_MANAGEMENT_USER_UPDATED,
			API_MANAGEMENT_USER_DELETED, APP_CONFIGURATION_KEY_VALUE_MODIFIED, APP_CONFIGURATION_KEY_VALUE_DELETED,
			APP_CONFIGURATION_SNAPSHOT_CREATED, APP_CONFIGURATION_SNAPSHOT_MODIFIED, AVS_PRIVATE_CLOUD_UPDATING,
			AVS_PRIVATE_CLOUD_UPDATED, AVS_PRIVATE_CLOUD_FAILED, AVS_CLUSTER_CREATED, AVS_CLUSTER_UPDATING,
			AVS_CLUSTER_UPDATED, AVS_CLUSTER_DELETED, AVS_CLUSTER_FAILED, AVS_SCRIPT_EXECUTION_STARTED,
			AVS_SCRIPT_EXECUTION_FINISHED, AVS_SCRIPT_EXECUTION_FAILED, AVS_SCRIPT_EXECUTION_CANCELLED,
			REDIS_PATCHING_COMPLETED, REDIS_SCALING_COMPLETED, REDIS_IMPORT_RDB_COMPLETED, REDIS_EXPORT_RDB_COMPLETED,
			COMMUNICATION_INCOMING_CALL, COMMUNICATION_CALL_STARTED, COMMUNICATION_CALL_ENDED,
			COMMUNICATION_CALL_PARTICIPANT_ADDED, COMMUNICATION_CALL_PARTICIPANT_REMOVED,
			COMMUNICATION_RECORDING_FILE_STATUS_UPDATED, COMMUNICATION_USER_DISCONNECTED,
			COMMUNICATION_CHAT_MESSAGE_RECEIVED, COMMUNICATION_CHAT_MESSAGE_EDITED, COMMUNICATION_CHAT_MESSAGE_DELETED,
			COMMUNICATION_CHAT_MESSAGE_RECEIVED_IN_THREAD, COMMUNICATION_CHAT_MESSAGE_EDITED_IN_THREAD,
			COMMUNICATION_CHAT_MESSAGE_DELETED_IN_THREAD, COMMUNICATION_CHAT_THREAD_CREATED,
			COMMUNICATION_CHAT_THREAD_CREATED_WITH_USER, COMMUNICATION_CHAT_THREAD_DELETED,
			COMMUNICATION_CHAT_THREAD_WITH_USER_DELETED, COMMUNICATION_CHAT_THREAD_PROPERTIES_UPDATED,
			COMMUNICATION_CHAT_THREAD_PROPERTIES_UPDATED_PER_USER, COMMUNICATION_CHAT_THREAD_PARTICIPANT_ADDED,
			COMMUNICATION_CHAT_THREAD_PARTICIPANT_REMOVED, COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD_WITH_USER,
			COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD_WITH_USER,
			COMMUNICATION_CHAT_AZURE_BOT_COMMAND_RECEIVED_IN_THREAD,
			COMMUNICATION_CHAT_TYPING_INDICATOR_RECEIVED_IN_THREAD, COMMUNICATION_CHAT_MEMBER_ADDED_TO_THREAD_WITH_USER,
			COMMUNICATION_CHAT_MEMBER_REMOVED_FROM_THREAD_WITH_USER, COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD,
			COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD, COMMUNICATION_SMS_RECEIVED,
			COMMUNICATION_SMS_DELIVERY_REPORT_RECEIVED, COMMUNICATION_EMAIL_DELIVERY_REPORT_RECEIVED,
			COMMUNICATION_EMAIL_ENGAGEMENT_TRACKING_REPORT_RECEIVED, COMMUNICATION_ADVANCED_MESSAGE_RECEIVED,
			COMMUNICATION_ADVANCED_MESSAGE_DELIVERY_STATUS_UPDATED, COMMUNICATION_ADVANCED_MESSAGE_ANALYSIS_COMPLETED,
			COMMUNICATION_ROUTER_JOB_RECEIVED, COMMUNICATION_ROUTER_JOB_CLASSIFIED,
			COMMUNICATION_ROUTER_JOB_CLASSIFICATION_FAILED, COMMUNICATION_ROUTER_JOB_QUEUED,
			COMMUNICATION_ROUTER_JOB_WAITING_FOR_ACTIVATION, COMMUNICATION_ROUTER_JOB_SCHEDULING_FAILED,
			COMMUNICATION_ROUTER_JOB_WORKER_SELECTORS_EXPIRED, COMMUNICATION_ROUTER_JOB_EXCEPTION_TRIGGERED,
			COMMUNICATION_ROUTER_JOB_UNASSIGNED, COMMUNICATION_ROUTER_JOB_COMPLETED, COMMUNICATION_ROUTER_JOB_CLOSED,
			COMMUNICATION_ROUTER_JOB_CANCELLED, COMMUNICATION_ROUTER_JOB_DELETED,
			COMMUNICATION_ROUTER_WORKER_REGISTERED, COMMUNICATION_ROUTER_WORKER_UPDATED,
			COMMUNICATION_ROUTER_WORKER_DEREGISTERED, COMMUNICATION_ROUTER_WORKER_DELETED,
			COMMUNICATION_ROUTER_WORKER_OFFER_ISSUED, COMMUNICATION_ROUTER_WORKER_OFFER_ACCEPTED,
			COMMUNICATION_ROUTER_WORKER_OFFER_DECLINED, COMMUNICATION_ROUTER_WORKER_OFFER_EXPIRED,
			COMMUNICATION_ROUTER_WORKER_OFFER_REVOKED, COMPUTE_VIRTUAL_MACHINE_SCALE_SETS_LIFECYCLE_HOOK_EVENTS,
			CONTAINER_REGISTRY_IMAGE_PUSHED, CONTAINER_REGISTRY_IMAGE_DELETED, CONTAINER_REGISTRY_CHART_PUSHED,
			CONTAINER_REGISTRY_CHART_DELETED, CONTAINER_SERVICE_NEW_KUBERNETES_VERSION_AVAILABLE,
			CONTAINER_SERVICE_CLUSTER_SUPPORT_ENDING, CONTAINER_SERVICE_CLUSTER_SUPPORT_ENDED,
			CONTAINER_SERVICE_NODE_POOL_ROLLING_STARTED, CONTAINER_SERVICE_NODE_POOL_ROLLING_SUCCEEDED,
			CONTAINER_SERVICE_NODE_POOL_ROLLING_FAILED, DATA_BOX_COPY_STARTED, DATA_BOX_COPY_COMPLETED,
			DATA_BOX_ORDER_COMPLETED, IOT_HUB_DEVICE_CREATED, IOT_HUB_DEVICE_DELETED, IOT_HUB_DEVICE_CONNECTED,
			IOT_HUB_DEVICE_DISCONNECTED, IOT_HUB_DEVICE_TELEMETRY, EDGE_SOLUTION_VERSION_PUBLISHED,
			EVENT_GRID_SUBSCRIPTION_VALIDATION, EVENT_GRID_SUBSCRIPTION_DELETED,
			EVENT_GRID_MQTT_CLIENT_CREATED_OR_UPDATED, EVENT_GRID_MQTT_CLIENT_DELETED,
			EVENT_GRID_MQTT_CLIENT_SESSION_CONNECTED, EVENT_GRID_MQTT_CLIENT_SESSION_DISCONNECTED,
			EVENT_HUB_CAPTURE_FILE_CREATED, HEALTHCARE_FHIR_RESOURCE_CREATED, HEALTHCARE_FHIR_RESOURCE_UPDATED,
			HEALTHCARE_FHIR_RESOURCE_DELETED, HEALTHCARE_DICOM_IMAGE_CREATED, HEALTHCARE_DICOM_IMAGE_UPDATED,
			HEALTHCARE_DICOM_IMAGE_DELETED, KEY_VAULT_CERTIFICATE_NEW_VERSION_CREATED,
			KEY_VAULT_CERTIFICATE_NEAR_EXPIRY, KEY_VAULT_CERTIFICATE_EXPIRED, KEY_VAULT_KEY_NEW_VERSION_CREATED,
			KEY_VAULT_KEY_NEAR_EXPIRY, KEY_VAULT_KEY_EXPIRED, KEY_VAULT_SECRET_NEW_VERSION_CREATED,
			KEY_VAULT_SECRET_NEAR_EXPIRY, KEY_VAULT_SECRET_EXPIRED, KEY_VAULT_VAULT_ACCESS_POLICY_CHANGED,
			MACHINE_LEARNING_MODEL_REGISTERED, MACHINE_LEARNING_MODEL_DEPLOYED, MACHINE_LEARNING_RUN_COMPLETED,
			MACHINE_LEARNING_RUN_STATUS_CHANGED, MACHINE_LEARNING_DATASET_DRIFT_DETECTED, MAPS_GEOFENCE_ENTERED,
			MAPS_GEOFENCE_EXITED, MAPS_GEOFENCE_RESULT, MEDIA_JOB_STATE_CHANGE, MEDIA_JOB_SCHEDULED,
			MEDIA_JOB_PROCESSING, MEDIA_JOB_CANCELING, MEDIA_JOB_CANCELED, MEDIA_JOB_FINISHED, MEDIA_JOB_ERRORED,
			MEDIA_JOB_OUTPUT_STATE_CHANGE, MEDIA_JOB_OUTPUT_SCHEDULED, MEDIA_JOB_OUTPUT_PROCESSING,
			MEDIA_JOB_OUTPUT_PROGRESS, MEDIA_JOB_OUTPUT_CANCELING, MEDIA_JOB_OUTPUT_CANCELED, MEDIA_JOB_OUTPUT_FINISHED,
			MEDIA_JOB_OUTPUT_ERRORED, MEDIA_LIVE_EVENT_CONNECTION_REJECTED, MEDIA_LIVE_EVENT_ENCODER_CONNECTED,
			MEDIA_LIVE_EVENT_ENCODER_DISCONNECTED, MEDIA_LIVE_EVENT_INCOMING_STREAM_RECEIVED,
			MEDIA_LIVE_EVENT_INCOMING_STREAMS_OUT_OF_SYNC, MEDIA_LIVE_EVENT_INCOMING_VIDEO_STREAMS_OUT_OF_SYNC,
			MEDIA_LIVE_EVENT_INCOMING_DATA_CHUNK_DROPPED, MEDIA_LIVE_EVENT_INGEST_HEARTBEAT,
			MEDIA_LIVE_EVENT_CHANNEL_ARCHIVE_HEARTBEAT, MEDIA_LIVE_EVENT_TRACK_DISCONTINUITY_DETECTED,
			POLICY_INSIGHTS_POLICY_STATE_CREATED, POLICY_INSIGHTS_POLICY_STATE_CHANGED,
			POLICY_INSIGHTS_POLICY_STATE_DELETED, RESOURCE_NOTIFICATIONS_RESOURCES_CREATED_OR_UPDATED,
			RESOURCE_NOTIFICATIONS_RESOURCES_DELETED,
			RESOURCE_NOTIFICATIONS_HEALTH_RESOURCES_AVAILABILITY_STATUS_CHANGED,
			RESOURCE_NOTIFICATIONS_HEALTH_RESOURCES_RESOURCE_ANNOTATED,
			RESOURCE_NOTIFICATIONS_CONTAINER_SERVICE_EVENT_RESOURCES_SCHEDULED_EVENT_EMITTED,
			RESOURCE_NOTIFICATIONS_AKS_RESOURCES_FLEET_GATE_CREATED,
			RESOURCE_NOTIFICATIONS_AKS_RESOURCES_FLEET_GATE_UPDATED,
			RESOURCE_NOTIFICATIONS_AKS_RESOURCES_FLEET_GATE_DELETED, RESOURCE_WRITE_SUCCESS, RESOURCE_WRITE_FAILURE,
			RESOURCE_WRITE_CANCEL, RESOURCE_DELETE_SUCCESS, RESOURCE_DELETE_FAILURE, RESOURCE_DELETE_CANCEL,
			RESOURCE_ACTION_SUCCESS, RESOURCE_ACTION_FAILURE, RESOURCE_ACTION_CANCEL,
			SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_WITH_NO_LISTENERS,
			SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_WITH_NO_LISTENERS,
			SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS,
			SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS,
			SIGNALR_SERVICE_CLIENT_CONNECTION_CONNECTED, SIGNALR_SERVICE_CLIENT_CONNECTION_DISCONNECTED,
			STORAGE_BLOB_CREATED, STORAGE_BLOB_DELETED, STORAGE_BLOB_RENAMED, STORAGE_BLOB_TIER_CHANGED,
			STORAGE_ASYNC_OPERATION_INITIATED, STORAGE_DIRECTORY_CREATED, STORAGE_DIRECTORY_RENAMED,
			STORAGE_DIRECTORY_DELETED, STORAGE_BLOB_INVENTORY_POLICY_COMPLETED, STORAGE_LIFECYCLE_POLICY_COMPLETED,
			STORAGE_TASK_QUEUED, STORAGE_TASK_COMPLETED, STORAGE_TASK_ASSIGNMENT_QUEUED,
			STORAGE_TASK_ASSIGNMENT_COMPLETED, STORAGE_ACTIONS_STORAGE_TASK_QUEUED,
			STORAGE_ACTIONS_STORAGE_TASK_COMPLETED, WEB_APP_UPDATED, WEB_APP_SERVICE_PLAN_UPDATED,
			WEB_BACKUP_OPERATION_STARTED, WEB_BACKUP_OPERATION_COMPLETED, WEB_BACKUP_OPERATION_FAILED,
			WEB_RESTORE_OPERATION_STARTED, WEB_RESTORE_OPERATION_COMPLETED, WEB_RESTORE_OPERATION_FAILED,
			WEB_SLOT_SWAP_STARTED, WEB_SLOT_SWAP_COMPLETED, WEB_SLOT_SWAP_FAILED, WEB_SLOT_SWAP_WITH_PREVIEW_STARTED,
			WEB_SLOT_SWAP_WITH_PREVIEW_CANCELLED);

	private static final Set<String> ALL_LOWER_CASE = lowerCase(ALL);

	private SystemEventNames() {
	}

	/**
	 * Return every system event type name of this class, in the order of the constants.
	 * @return an unmodifiable set of the names
	 */
	public static Set<String> all() {
		return ALL;
	}

	/**
	 * Return whether a type name is that of a system event, ignoring case.
	 * @param type the {@code type} of a CloudEvent or the {@code eventType} of an Event
	 * Grid event, may be {@code null}
	 * @return {@code true} if it is one of the names of {@link #all()}
	 */
	public static boolean isSystemEventType(@Nullable String type) {
		return type != null && ALL_LOWER_CASE.contains(type.toLowerCase(Locale.ROOT));
	}

	private static Set<String> names(String... names) {
		Set<String> set = new LinkedHashSet<>();
		Set<String> lowerCase = new LinkedHashSet<>();
		for (String name : names) {
			if (!set.add(name) || !lowerCase.add(name.toLowerCase(Locale.ROOT))) {
				throw new IllegalStateException("Duplicate system event name " + name);
			}
		}
		return Collections.unmodifiableSet(set);
	}

	private static Set<String> lowerCase(Set<String> names) {
		Set<String> lowerCase = new LinkedHashSet<>();
		for (String name : names) {
			lowerCase.add(name.toLowerCase(Locale.ROOT));
		}
		return Set.copyOf(lowerCase);
	}

}
